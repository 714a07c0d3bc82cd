import { richText } from '../richText'
import { berlinSeminarSlug, demoEventSlug, firstEditionSlug } from './events'
import { berlin, type SessionSeed, type Text } from './types'

const symposiumDay = '2027-04-22'
const isabellensaal: Text = { de: 'Isabellensaal', en: 'Isabella Hall' }
const foyer: Text = { de: 'Foyer', en: 'Foyer' }

const symposium: SessionSeed[] = [
  {
    slug: '2-koelner-symposium-begruessung',
    event: demoEventSlug,
    title: { de: 'Begrüßung und Einführung', en: 'Welcome and introduction' },
    kind: 'welcome',
    language: 'de',
    start: berlin(symposiumDay, '09:30'),
    end: berlin(symposiumDay, '09:50'),
    room: isabellensaal,
    speakers: [
      { speaker: 'katrin-albers', role: 'host' },
      { speaker: 'bernd-kessler', role: 'host' },
    ],
    abstract: {
      de: 'Difu und Stadt Köln heißen die Gäste willkommen und spannen den Bogen vom ersten Symposium 2017 zu den Fragen von heute.',
      en: 'Difu and the City of Cologne welcome the guests and trace the path from the first symposium in 2017 to today’s questions.',
    },
  },
  {
    slug: '2-koelner-symposium-investitionsstrategie',
    event: demoEventSlug,
    title: {
      de: 'Von der Projektliste zur Investitionsstrategie',
      en: 'From a list of projects to an investment strategy',
    },
    kind: 'talk',
    language: 'de',
    start: berlin(symposiumDay, '09:50'),
    end: berlin(symposiumDay, '10:30'),
    room: isabellensaal,
    speakers: [{ speaker: 'henrik-falkenberg', role: 'speaker' }],
    abstract: {
      de: 'Wie eine Großstadt ihre Investitionen nach Zustand, Wirkung und Folgekosten ordnet – und warum eine Strategie mehr ist als die Summe der beantragten Projekte.',
      en: 'How a large city ranks its investments by condition, impact and running costs – and why a strategy is more than the sum of the projects put forward.',
    },
    description: {
      de: richText(
        'Der Vortrag stellt ein Verfahren vor, mit dem Fachämter und Kämmerei ihre Vorhaben gemeinsam bewerten.',
        { list: ['Zustandsdaten der Bauwerke', 'Lebenszykluskosten statt Baukosten', 'Priorisierung mit nachvollziehbaren Kriterien'] },
      ),
      en: richText(
        'The talk presents a procedure that lets line departments and the treasury assess their projects together.',
        { list: ['Condition data for buildings and structures', 'Life-cycle costs instead of construction costs', 'Prioritisation with transparent criteria'] },
      ),
    },
  },
  {
    slug: '2-koelner-symposium-konnexitaetsluecke',
    event: demoEventSlug,
    title: {
      de: 'Die Konnexitätslücke: Bundesaufgaben, kommunales Geld',
      en: 'The connexity gap: federal tasks, municipal money',
    },
    kind: 'talk',
    language: 'de',
    start: berlin(symposiumDay, '10:30'),
    end: berlin(symposiumDay, '11:10'),
    room: isabellensaal,
    speakers: [{ speaker: 'matthias-reinholt', role: 'speaker' }],
    abstract: {
      de: 'Bund und Länder beschließen neue Rechtsansprüche, die Städte setzen sie um. Der Vortrag beziffert, wo die Finanzierung hinter den Aufgaben zurückbleibt, und diskutiert Wege, die Lücke zu schließen.',
      en: 'The federal and state governments create new legal entitlements; the cities deliver them. The talk quantifies where funding lags behind the tasks and discusses ways to close the gap.',
    },
  },
  {
    slug: '2-koelner-symposium-kaffeepause',
    event: demoEventSlug,
    title: { de: 'Kaffeepause', en: 'Coffee break' },
    kind: 'break',
    language: 'de',
    start: berlin(symposiumDay, '11:10'),
    end: berlin(symposiumDay, '11:30'),
    room: foyer,
    speakers: [],
    abstract: { de: 'Kaffee, Tee und Gespräche im Foyer.', en: 'Coffee, tea and conversation in the foyer.' },
  },
  {
    slug: '2-koelner-symposium-szenarioplanung',
    event: demoEventSlug,
    title: {
      de: 'Planen unter Unsicherheit: Szenarien für Infrastruktur und Haushalt',
      en: 'Planning under uncertainty: scenarios for infrastructure and budgets',
    },
    kind: 'talk',
    language: 'de',
    start: berlin(symposiumDay, '11:30'),
    end: berlin(symposiumDay, '12:10'),
    room: isabellensaal,
    speakers: [{ speaker: 'jana-wittkamp', role: 'speaker' }],
    abstract: {
      de: 'Wächst die Stadt weiter oder schrumpft sie? Steigen die Zinsen? Mit Szenarien lassen sich Investitionsprogramme so anlegen, dass sie in mehreren möglichen Zukünften tragen.',
      en: 'Will the city keep growing or start to shrink? Will interest rates rise? Scenarios help design investment programmes that hold up in several possible futures.',
    },
  },
  {
    slug: '2-koelner-symposium-sdg-indikatoren',
    event: demoEventSlug,
    title: {
      de: 'SDG-Indikatoren als Kompass der integrierten Planung',
      en: 'SDG indicators as a compass for integrated planning',
    },
    kind: 'talk',
    language: 'de',
    start: berlin(symposiumDay, '12:10'),
    end: berlin(symposiumDay, '12:50'),
    room: isabellensaal,
    speakers: [{ speaker: 'leonie-brandstaetter', role: 'speaker' }],
    abstract: {
      de: 'Welche Indikatoren zu den Nachhaltigkeitszielen eignen sich für Kommunen, und wie verbindet man sie mit Haushaltszielen, ohne ein weiteres Berichtswesen aufzubauen?',
      en: 'Which indicators for the Sustainable Development Goals suit municipalities, and how can they be tied to budget targets without creating yet another reporting system?',
    },
  },
  {
    slug: '2-koelner-symposium-mittagspause',
    event: demoEventSlug,
    title: { de: 'Mittagspause', en: 'Lunch break' },
    kind: 'break',
    language: 'de',
    start: berlin(symposiumDay, '12:50'),
    end: berlin(symposiumDay, '13:45'),
    room: foyer,
    speakers: [],
    abstract: { de: 'Mittagsimbiss im Foyer.', en: 'Lunch is served in the foyer.' },
  },
  {
    slug: '2-koelner-symposium-koproduktion-open-government',
    event: demoEventSlug,
    title: {
      de: 'Gemeinsam planen: Koproduktion und Open Government',
      en: 'Planning together: co-production and open government',
    },
    kind: 'talk',
    language: 'de',
    start: berlin(symposiumDay, '13:45'),
    end: berlin(symposiumDay, '14:25'),
    room: isabellensaal,
    speakers: [{ speaker: 'selin-arslan', role: 'speaker' }],
    abstract: {
      de: 'Offene Haushaltsdaten, Beteiligung an Prioritäten und Projekte, die Verwaltung und Nachbarschaft gemeinsam umsetzen: Erfahrungen aus Köln.',
      en: 'Open budget data, a say in priorities and projects that the administration and neighbourhoods deliver together: experience from Cologne.',
    },
  },
  {
    slug: '2-koelner-symposium-offene-diskussion',
    event: demoEventSlug,
    title: { de: 'Offene Diskussion', en: 'Open discussion' },
    kind: 'discussion',
    language: 'de',
    start: berlin(symposiumDay, '14:25'),
    end: berlin(symposiumDay, '15:15'),
    room: isabellensaal,
    speakers: [{ speaker: 'tobias-lenzen', role: 'moderator' }],
    abstract: {
      de: 'Fragen, Einwände und Erfahrungen aus dem Publikum an die Vortragenden des Tages.',
      en: 'Questions, objections and experience from the audience for the day’s speakers.',
    },
  },
  {
    slug: '2-koelner-symposium-podiumsdiskussion',
    event: demoEventSlug,
    title: {
      de: 'Podiumsdiskussion: Was brauchen Städte von Bund und Ländern?',
      en: 'Panel discussion: what do cities need from the federal and state governments?',
    },
    kind: 'panel',
    language: 'de',
    start: berlin(symposiumDay, '15:15'),
    end: berlin(symposiumDay, '16:30'),
    room: isabellensaal,
    speakers: [
      { speaker: 'tobias-lenzen', role: 'moderator' },
      { speaker: 'martina-overbeck', role: 'panelist' },
      { speaker: 'matthias-reinholt', role: 'panelist' },
      { speaker: 'henrik-falkenberg', role: 'panelist' },
      { speaker: 'leonie-brandstaetter', role: 'panelist' },
    ],
    abstract: {
      de: 'Zum Abschluss diskutieren Stadt, Wissenschaft und kommunaler Spitzenverband, welche Regeln und welches Geld eine integrierte Planung möglich machen.',
      en: 'To close the day, the city, researchers and a local government association debate which rules and how much money would make integrated planning possible.',
    },
  },
]

const firstDay = '2017-12-14'
const hansasaal: Text = { de: 'Hansasaal', en: 'Hansa Hall' }

const firstEdition: SessionSeed[] = [
  {
    slug: '1-koelner-symposium-begruessung',
    event: firstEditionSlug,
    title: { de: 'Begrüßung', en: 'Welcome' },
    kind: 'welcome',
    language: 'de',
    start: berlin(firstDay, '10:00'),
    end: berlin(firstDay, '10:20'),
    room: hansasaal,
    speakers: [{ speaker: 'bernd-kessler', role: 'host' }],
    abstract: {
      de: 'Die Stadt Köln eröffnet die neue Symposiumsreihe.',
      en: 'The City of Cologne opens the new symposium series.',
    },
  },
  {
    slug: '1-koelner-symposium-integrierte-planung',
    event: firstEditionSlug,
    title: {
      de: 'Warum Fachplanung und Haushalt zusammengehören',
      en: 'Why sector planning and the budget belong together',
    },
    kind: 'keynote',
    language: 'de',
    start: berlin(firstDay, '10:20'),
    end: berlin(firstDay, '11:10'),
    room: hansasaal,
    speakers: [{ speaker: 'katrin-albers', role: 'speaker' }],
    abstract: {
      de: 'Eine Bestandsaufnahme: Wo Infrastrukturplanung und Finanzplanung heute getrennte Wege gehen und was das kostet.',
      en: 'Taking stock: where infrastructure planning and financial planning go separate ways today, and what that costs.',
    },
  },
  {
    slug: '1-koelner-symposium-folgekosten',
    event: firstEditionSlug,
    title: {
      de: 'Folgekosten im Blick: Investitionen in der doppischen Haushaltsführung',
      en: 'Keeping running costs in view: investment under accrual accounting',
    },
    kind: 'talk',
    language: 'de',
    start: berlin(firstDay, '11:10'),
    end: berlin(firstDay, '12:00'),
    room: hansasaal,
    speakers: [{ speaker: 'matthias-reinholt', role: 'speaker' }],
    abstract: {
      de: 'Abschreibungen, Unterhalt und Betrieb: warum die Baukosten nur ein Teil der Rechnung sind.',
      en: 'Depreciation, maintenance and operation: why construction costs are only part of the bill.',
    },
  },
  {
    slug: '1-koelner-symposium-mittagspause',
    event: firstEditionSlug,
    title: { de: 'Mittagspause', en: 'Lunch break' },
    kind: 'break',
    language: 'de',
    start: berlin(firstDay, '12:00'),
    end: berlin(firstDay, '13:00'),
    room: { de: 'Piazzetta', en: 'Piazzetta' },
    speakers: [],
    abstract: { de: 'Mittagsimbiss in der Piazzetta.', en: 'Lunch in the Piazzetta.' },
  },
  {
    slug: '1-koelner-symposium-praxisrunden',
    event: firstEditionSlug,
    title: { de: 'Praxisrunden: Erfahrungen aus den Kommunen', en: 'Practice rounds: experience from municipalities' },
    kind: 'workshop',
    language: 'de',
    start: berlin(firstDay, '13:00'),
    end: berlin(firstDay, '14:15'),
    room: hansasaal,
    speakers: [{ speaker: 'jana-wittkamp', role: 'moderator' }],
    abstract: {
      de: 'In drei Runden berichten Kämmereien und Fachämter, wo die Abstimmung schon gelingt und wo sie hakt.',
      en: 'In three rounds, treasuries and line departments report where coordination already works and where it stalls.',
    },
  },
  {
    slug: '1-koelner-symposium-abschlussdiskussion',
    event: firstEditionSlug,
    title: { de: 'Abschlussdiskussion', en: 'Closing discussion' },
    kind: 'discussion',
    language: 'de',
    start: berlin(firstDay, '14:30'),
    end: berlin(firstDay, '16:00'),
    room: hansasaal,
    speakers: [
      { speaker: 'tobias-lenzen', role: 'moderator' },
      { speaker: 'katrin-albers', role: 'panelist' },
      { speaker: 'matthias-reinholt', role: 'panelist' },
      { speaker: 'bernd-kessler', role: 'panelist' },
    ],
    abstract: {
      de: 'Was sollte sich bis zum nächsten Symposium ändern? Eine Runde aus Stadt, Difu und FiFo Köln.',
      en: 'What should change before the next symposium? A round with the city, Difu and FiFo Köln.',
    },
  },
]

const konferenzraum: Text = { de: 'Konferenzraum', en: 'Conference room' }

const berlinSeminar: SessionSeed[] = [
  {
    slug: 'difu-seminar-klima-2027-finanzierungswege',
    event: berlinSeminarSlug,
    title: {
      de: 'Finanzierungswege für klimagerechte Infrastruktur',
      en: 'Financing routes for climate-proof infrastructure',
    },
    kind: 'talk',
    language: 'de',
    start: berlin('2027-02-23', '10:00'),
    end: berlin('2027-02-23', '12:00'),
    room: konferenzraum,
    speakers: [{ speaker: 'friederike-sommer', role: 'speaker' }],
    abstract: {
      de: 'Haushaltsmittel, Kredite, Gebühren, Förderprogramme und Beteiligungsmodelle im Vergleich – mit Beispielen aus Städten unterschiedlicher Größe.',
      en: 'Budget funds, loans, fees, funding programmes and participation models compared – with examples from cities of different sizes.',
    },
  },
  {
    slug: 'difu-seminar-klima-2027-werkstatt',
    event: berlinSeminarSlug,
    title: { de: 'Werkstatt: Maßnahmen priorisieren', en: 'Workshop: prioritising measures' },
    kind: 'workshop',
    language: 'de',
    start: berlin('2027-02-23', '13:00'),
    end: berlin('2027-02-23', '16:30'),
    room: { de: 'Seminarraum', en: 'Seminar room' },
    speakers: [
      { speaker: 'jana-wittkamp', role: 'moderator' },
      { speaker: 'friederike-sommer', role: 'speaker' },
    ],
    abstract: {
      de: 'In kleinen Gruppen bewerten die Teilnehmenden Maßnahmen aus ihren eigenen Kommunen nach Klimawirkung, Kosten und Umsetzbarkeit.',
      en: 'In small groups, participants assess measures from their own municipalities for climate impact, cost and feasibility.',
    },
  },
  {
    slug: 'difu-seminar-klima-2027-foerdermittel',
    event: berlinSeminarSlug,
    title: { de: 'Fördermittel klug kombinieren', en: 'Combining funding programmes wisely' },
    kind: 'talk',
    language: 'de',
    start: berlin('2027-02-24', '09:00'),
    end: berlin('2027-02-24', '11:00'),
    room: konferenzraum,
    speakers: [{ speaker: 'martina-overbeck', role: 'speaker' }],
    abstract: {
      de: 'Welche Programme lassen sich verbinden, wo drohen Doppelförderung und Rückforderungen, und wie behält man den Überblick über Fristen?',
      en: 'Which programmes can be combined, where do double funding and repayment claims loom, and how do you keep track of deadlines?',
    },
  },
  {
    slug: 'difu-seminar-klima-2027-abschluss',
    event: berlinSeminarSlug,
    title: { de: 'Erfahrungsaustausch und Abschluss', en: 'Exchange of experience and close' },
    kind: 'discussion',
    language: 'de',
    start: berlin('2027-02-24', '11:15'),
    end: berlin('2027-02-24', '13:00'),
    room: konferenzraum,
    speakers: [{ speaker: 'friederike-sommer', role: 'moderator' }],
    abstract: {
      de: 'Was nehmen die Teilnehmenden mit in ihre Verwaltung? Offene Runde mit Zusammenfassung der Ergebnisse.',
      en: 'What will participants take back to their administrations? An open round with a summary of the results.',
    },
  },
]

export const sessions: SessionSeed[] = [...firstEdition, ...berlinSeminar, ...symposium]
