import { richText } from '../richText'
import type { SpeakerSeed } from './types'

/** Fictional people; any likeness to real persons is unintended. */
export const speakers: SpeakerSeed[] = [
  {
    slug: 'katrin-albers',
    honorific: 'Dr.',
    givenName: 'Katrin',
    familyName: 'Albers',
    position: {
      de: 'Teamleiterin Infrastruktur und Finanzen',
      en: 'Team lead, infrastructure and finance',
    },
    organisation: 'difu',
    colour: '#005f87',
    bio: {
      de: richText(
        'Katrin Albers ist Verwaltungswissenschaftlerin und forscht seit vielen Jahren dazu, wie Städte Investitionen in Schulen, Straßen und Netze planen und finanzieren.',
        'Am Difu leitet sie ein Team, das Kommunen bei der Verknüpfung von Fachplanung und Haushalt berät. Zuvor war sie in der Kämmerei einer nordrhein-westfälischen Großstadt tätig.',
      ),
      en: richText(
        'Katrin Albers is a public administration scholar who has spent many years studying how cities plan and finance investment in schools, roads and networks.',
        'At Difu she leads a team that advises municipalities on linking sector planning with the budget. Before that she worked in the treasury of a large city in North Rhine-Westphalia.',
      ),
    },
    links: [{ label: { de: 'Website des Difu', en: 'Difu website' }, url: 'https://difu.de' }],
  },
  {
    slug: 'matthias-reinholt',
    honorific: 'Prof. Dr.',
    givenName: 'Matthias',
    familyName: 'Reinholt',
    position: {
      de: 'Forschungsdirektor für Finanzföderalismus',
      en: 'Research director, fiscal federalism',
    },
    organisation: 'fifo-koeln',
    colour: '#8a3b12',
    bio: {
      de: richText(
        'Matthias Reinholt ist Finanzwissenschaftler. Seine Schwerpunkte sind der kommunale Finanzausgleich, das Konnexitätsprinzip und die Frage, wie sich neue Aufgaben von Bund und Ländern auf die Haushalte der Städte auswirken.',
        'Er berät Landesregierungen und kommunale Spitzenverbände und lehrt an der Universität zu Köln.',
      ),
      en: richText(
        'Matthias Reinholt is a public finance economist. He works on municipal fiscal equalisation, the principle that whoever orders a task pays for it, and on how new federal and state duties affect city budgets.',
        'He advises state governments and local government associations and teaches at the University of Cologne.',
      ),
    },
  },
  {
    slug: 'jana-wittkamp',
    honorific: 'Dr.',
    givenName: 'Jana',
    familyName: 'Wittkamp',
    position: {
      de: 'Wissenschaftliche Mitarbeiterin, Stadtentwicklung und Szenarien',
      en: 'Researcher, urban development and scenarios',
    },
    organisation: 'difu',
    colour: '#2d6a4f',
    bio: {
      de: richText(
        'Jana Wittkamp ist Raumplanerin. Sie entwickelt mit Städten Zukunftsszenarien für Bevölkerung, Flächen und Infrastruktur und übersetzt sie in Investitionsprogramme.',
        'Am Difu koordiniert sie Forschungsprojekte zur vorausschauenden Planung unter Unsicherheit.',
      ),
      en: richText(
        'Jana Wittkamp is a spatial planner. Together with cities she develops scenarios for population, land use and infrastructure and turns them into investment programmes.',
        'At Difu she coordinates research projects on forward-looking planning under uncertainty.',
      ),
    },
  },
  {
    slug: 'henrik-falkenberg',
    givenName: 'Henrik',
    familyName: 'Falkenberg',
    position: {
      de: 'Referent für Investitionsplanung in der Kämmerei',
      en: 'Investment planning officer in the city treasury',
    },
    organisation: 'stadt-koeln',
    colour: '#6c3483',
    bio: {
      de: richText(
        'Henrik Falkenberg ist Diplom-Verwaltungswirt und betreut die mittelfristige Investitionsplanung seiner Stadt.',
        'Er arbeitet daran, dass Bauprojekte, Folgekosten und Förderprogramme in einer gemeinsamen Übersicht sichtbar werden.',
      ),
      en: richText(
        'Henrik Falkenberg holds a degree in public administration and is responsible for his city’s medium-term investment plan.',
        'His goal is to show building projects, their running costs and funding programmes in a single overview.',
      ),
    },
  },
  {
    slug: 'leonie-brandstaetter',
    honorific: 'Prof. Dr.',
    givenName: 'Leonie',
    familyName: 'Brandstätter',
    position: {
      de: 'Professorin für nachhaltige Stadt- und Regionalentwicklung',
      en: 'Professor of sustainable urban and regional development',
    },
    organisation: 'th-koeln',
    colour: '#1f6f78',
    bio: {
      de: richText(
        'Leonie Brandstätter forscht zu Nachhaltigkeitsindikatoren für Kommunen und dazu, wie sich die globalen Nachhaltigkeitsziele in Haushalts- und Planungsentscheidungen abbilden lassen.',
        { list: ['SDG-Indikatoren für Städte und Kreise', 'Wirkungsorientierte Haushaltssteuerung', 'Nachhaltigkeitsberichte von Kommunen'] },
      ),
      en: richText(
        'Leonie Brandstätter studies sustainability indicators for municipalities and how the global Sustainable Development Goals can be reflected in budget and planning decisions.',
        { list: ['SDG indicators for cities and counties', 'Outcome-based budgeting', 'Local sustainability reporting'] },
      ),
    },
  },
  {
    slug: 'selin-arslan',
    givenName: 'Selin',
    familyName: 'Arslan',
    position: {
      de: 'Koordinatorin für Bürgerbeteiligung und Open Government',
      en: 'Coordinator for public participation and open government',
    },
    organisation: 'stadt-koeln',
    colour: '#b03a2e',
    bio: {
      de: richText(
        'Selin Arslan ist Politikwissenschaftlerin und begleitet Beteiligungsverfahren von der ersten Idee bis zur Umsetzung.',
        'Ihr Anliegen sind offene Daten und nachvollziehbare Entscheidungen, damit Bürgerinnen und Bürger mitplanen können, statt nur informiert zu werden.',
      ),
      en: richText(
        'Selin Arslan is a political scientist who guides participation processes from the first idea to delivery.',
        'She champions open data and traceable decisions so that residents can help plan rather than merely be informed.',
      ),
    },
  },
  {
    slug: 'martina-overbeck',
    givenName: 'Martina',
    familyName: 'Overbeck',
    position: {
      de: 'Referentin für Gemeindefinanzen',
      en: 'Policy officer for local government finance',
    },
    organisation: 'deutscher-staedtetag',
    colour: '#7d6608',
    bio: {
      de: richText(
        'Martina Overbeck ist Volkswirtin und vertritt die Interessen der Städte in Fragen der Steuerverteilung, der Förderpolitik und der Investitionsfinanzierung.',
        'Sie beobachtet seit Jahren die Entwicklung des kommunalen Investitionsrückstands.',
      ),
      en: richText(
        'Martina Overbeck is an economist who represents the cities’ interests on tax sharing, funding policy and the financing of investment.',
        'She has followed the development of the municipal investment backlog for many years.',
      ),
    },
  },
  {
    slug: 'tobias-lenzen',
    givenName: 'Tobias',
    familyName: 'Lenzen',
    position: {
      de: 'Leiter Wissenstransfer und Veranstaltungen',
      en: 'Head of knowledge transfer and events',
    },
    organisation: 'difu',
    colour: '#34495e',
    bio: {
      de: richText(
        'Tobias Lenzen hat Geografie und Journalismus studiert. Er moderiert Fachtagungen und Dialogformate zwischen Wissenschaft, Verwaltung und Politik.',
      ),
      en: richText(
        'Tobias Lenzen studied geography and journalism. He moderates conferences and dialogue formats between research, administration and politics.',
      ),
    },
  },
  {
    slug: 'bernd-kessler',
    givenName: 'Bernd',
    familyName: 'Kessler',
    position: {
      de: 'Abteilungsleiter Haushaltsplanung',
      en: 'Head of budget planning',
    },
    organisation: 'stadt-koeln',
    colour: '#4a235a',
    bio: {
      de: richText(
        'Bernd Kessler arbeitet seit über zwanzig Jahren in der kommunalen Finanzverwaltung und hat die Umstellung auf die doppische Haushaltsführung mitgestaltet.',
      ),
      en: richText(
        'Bernd Kessler has worked in municipal financial administration for more than twenty years and helped shape the switch to accrual accounting.',
      ),
    },
  },
  {
    slug: 'friederike-sommer',
    honorific: 'Dr.',
    givenName: 'Friederike',
    familyName: 'Sommer',
    position: {
      de: 'Wissenschaftliche Mitarbeiterin, Klimaschutz und Finanzierung',
      en: 'Researcher, climate action and finance',
    },
    organisation: 'difu',
    colour: '#117a65',
    bio: {
      de: richText(
        'Friederike Sommer ist Umweltökonomin. Sie untersucht, welche Finanzierungswege Kommunen für Klimaschutz und Klimaanpassung offenstehen und wie sich Förderprogramme kombinieren lassen.',
      ),
      en: richText(
        'Friederike Sommer is an environmental economist. She examines which financing routes are open to municipalities for climate action and adaptation, and how funding programmes can be combined.',
      ),
    },
  },
]
