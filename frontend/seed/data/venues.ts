import type { VenueSeed } from './types'

export const venues: VenueSeed[] = [
  {
    slug: 'guerzenich-koeln',
    name: { de: 'Gürzenich Köln', en: 'Gürzenich Cologne' },
    address: { street: 'Martinstraße 29–37', postcode: '50667', city: 'Köln', country: 'DE' },
    latitude: 50.93632,
    longitude: 6.95785,
    rooms: [
      { name: { de: 'Isabellensaal', en: 'Isabella Hall' }, capacity: 220, floor: { de: '1. Obergeschoss', en: 'First floor' } },
      { name: { de: 'Foyer', en: 'Foyer' }, capacity: 250, floor: { de: '1. Obergeschoss', en: 'First floor' } },
    ],
    accessibility: {
      stepFree: true,
      hearingLoop: true,
      accessibleToilet: true,
      notes: {
        de: 'Der Eingang an der Martinstraße ist stufenlos; ein Aufzug führt in alle Säle. Für den Isabellensaal steht eine mobile Induktionsanlage bereit – bitte bei der Anmeldung angeben.',
        en: 'The entrance on Martinstraße is step-free and a lift serves every hall. A portable hearing loop is available for the Isabella Hall – please mention it when you register.',
      },
    },
    directions: {
      de: 'Der Gürzenich liegt in der Altstadt zwischen Heumarkt und Rathaus, etwa 15 Gehminuten vom Kölner Hauptbahnhof. Parkhäuser gibt es am Heumarkt und unter dem Rathaus; wir empfehlen die Anreise mit Bus und Bahn.',
      en: 'The Gürzenich is in the old town between Heumarkt and the town hall, about a 15-minute walk from Köln Hauptbahnhof. There are car parks at Heumarkt and under the town hall; we recommend coming by public transport.',
    },
    publicTransport: {
      de: 'Stadtbahn-Haltestelle Heumarkt (Linien 1, 5, 7 und 9), von dort drei Minuten zu Fuß. Ab Köln Hbf mit der Linie 5 bis Heumarkt oder zu Fuß über den Roncalliplatz.',
      en: 'Light rail stop Heumarkt (lines 1, 5, 7 and 9), three minutes on foot from there. From Köln Hbf take line 5 to Heumarkt or walk via Roncalliplatz.',
    },
    website: 'https://www.koelnkongress.de',
  },
  {
    slug: 'historisches-rathaus-koeln',
    name: { de: 'Historisches Rathaus Köln', en: 'Historic Town Hall, Cologne' },
    address: { street: 'Rathausplatz 2', postcode: '50667', city: 'Köln', country: 'DE' },
    latitude: 50.93834,
    longitude: 6.95925,
    rooms: [
      { name: { de: 'Hansasaal', en: 'Hansa Hall' }, capacity: 150, floor: { de: 'Erdgeschoss', en: 'Ground floor' } },
      { name: { de: 'Piazzetta', en: 'Piazzetta' }, capacity: 200, floor: { de: 'Erdgeschoss', en: 'Ground floor' } },
    ],
    accessibility: {
      stepFree: true,
      hearingLoop: false,
      accessibleToilet: true,
      notes: {
        de: 'Stufenloser Zugang über die Piazzetta am Rathausplatz. Ein barrierefreies WC befindet sich im Erdgeschoss.',
        en: 'Step-free access through the Piazzetta on Rathausplatz. There is an accessible toilet on the ground floor.',
      },
    },
    directions: {
      de: 'Das Rathaus steht mitten in der Altstadt, rund zehn Gehminuten südlich von Dom und Hauptbahnhof. Öffentliche Parkplätze gibt es in der Tiefgarage am Rathaus.',
      en: 'The town hall stands in the middle of the old town, about ten minutes’ walk south of the cathedral and the main station. Public parking is available in the underground car park at the town hall.',
    },
    publicTransport: {
      de: 'Stadtbahn-Haltestelle Rathaus (Linie 5) direkt vor dem Haus; Heumarkt (Linien 1, 7 und 9) ist fünf Minuten entfernt.',
      en: 'Light rail stop Rathaus (line 5) right outside; Heumarkt (lines 1, 7 and 9) is five minutes away.',
    },
    website: 'https://www.stadt-koeln.de',
  },
  {
    slug: 'difu-berlin',
    name: { de: 'Deutsches Institut für Urbanistik, Berlin', en: 'German Institute of Urban Affairs, Berlin' },
    address: { street: 'Zimmerstraße 13–15', postcode: '10969', city: 'Berlin', country: 'DE' },
    latitude: 52.50776,
    longitude: 13.39349,
    rooms: [
      { name: { de: 'Konferenzraum', en: 'Conference room' }, capacity: 60, floor: { de: '2. Obergeschoss', en: 'Second floor' } },
      { name: { de: 'Seminarraum', en: 'Seminar room' }, capacity: 30, floor: { de: '2. Obergeschoss', en: 'Second floor' } },
    ],
    accessibility: {
      stepFree: true,
      hearingLoop: false,
      accessibleToilet: true,
      notes: {
        de: 'Alle Seminarräume sind mit dem Aufzug erreichbar. Wenn Sie Unterstützung brauchen, melden Sie sich bitte vorab beim Veranstaltungsteam.',
        en: 'All seminar rooms can be reached by lift. If you need assistance, please let the events team know in advance.',
      },
    },
    directions: {
      de: 'Das Institut liegt in Berlin-Kreuzberg, wenige Schritte vom ehemaligen Grenzübergang Checkpoint Charlie. Parkplätze sind in der Umgebung knapp.',
      en: 'The institute is in Berlin-Kreuzberg, a few steps from the former Checkpoint Charlie border crossing. Parking nearby is scarce.',
    },
    publicTransport: {
      de: 'U6 bis Kochstraße/Checkpoint Charlie, U2 bis Stadtmitte oder Bus M29 bis Kochstraße/Checkpoint Charlie; jeweils wenige Minuten zu Fuß.',
      en: 'U6 to Kochstraße/Checkpoint Charlie, U2 to Stadtmitte or bus M29 to Kochstraße/Checkpoint Charlie; a few minutes on foot from each.',
    },
    website: 'https://difu.de',
  },
]
