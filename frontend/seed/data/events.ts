import { richText } from '../richText'
import { berlin, type EventSeed } from './types'

/** The symposium the demo opens on. */
export const demoEventSlug = '2-koelner-symposium'

export const firstEditionSlug = '1-koelner-symposium'

export const berlinSeminarSlug = 'difu-seminar-klimagerechte-infrastruktur-2027'

const symposium: EventSeed = {
  slug: demoEventSlug,
  title: {
    de: '2. Kölner Symposium – Integrierte Infrastruktur- und Finanzplanung',
    en: '2nd Cologne Symposium – Integrated Infrastructure and Financial Planning',
  },
  series: { de: 'Kölner Symposium', en: 'Cologne Symposium' },
  edition: 2,
  summary: {
    de: 'Ein Tag zu der Frage, wie Städte ihre Infrastruktur und ihre Finanzen gemeinsam planen können: mit Investitionsstrategien, Szenarien, Nachhaltigkeitszielen und der Stadtgesellschaft.',
    en: 'A day on how cities can plan their infrastructure and their finances together: with investment strategies, scenarios, sustainability goals and the people who live there.',
  },
  description: {
    de: richText(
      'Schulen, Brücken, Kanäle und Schwimmbäder müssen saniert, erweitert und klimafest gemacht werden – oft gleichzeitig und mit knappen Mitteln. Wer Infrastruktur plant, plant deshalb immer auch den Haushalt der nächsten Jahrzehnte.',
      'Das 2. Kölner Symposium knüpft an die erste Ausgabe von 2017 an und fragt, was sich seither bewegt hat. Fachleute aus Wissenschaft und Verwaltung zeigen, wie integrierte Infrastruktur- und Finanzplanung in der Praxis gelingt.',
      { heading: 'Themen des Tages' },
      {
        list: [
          'Investitionsstrategien statt Einzelprojekte',
          'Die Lücke zwischen übertragenen Aufgaben und kommunalem Geld',
          'Szenarien für eine ungewisse Zukunft',
          'Nachhaltigkeitsziele (SDGs) als Kompass der Planung',
          'Koproduktion mit Bürgerinnen und Bürgern und Open Government',
        ],
      },
      'Der Tag endet mit einer offenen Diskussion und einem Podium, auf dem Stadt, Wissenschaft und kommunale Spitzenverbände ihre Erwartungen an Bund und Länder formulieren.',
    ),
    en: richText(
      'Schools, bridges, sewers and swimming pools need to be renovated, extended and made climate-proof – often all at once and on tight budgets. Planning infrastructure therefore always means planning the budget for decades to come.',
      'The 2nd Cologne Symposium builds on the first edition in 2017 and asks what has changed since. Experts from research and public administration show how integrated infrastructure and financial planning works in practice.',
      { heading: 'Topics of the day' },
      {
        list: [
          'Investment strategies instead of one-off projects',
          'The gap between delegated tasks and municipal money',
          'Scenarios for an uncertain future',
          'The Sustainable Development Goals as a compass for planning',
          'Co-production with residents and open government',
        ],
      },
      'The day closes with an open discussion and a panel on which the city, researchers and local government associations set out what they expect from the federal and state governments.',
    ),
  },
  start: berlin('2027-04-22', '09:30'),
  end: berlin('2027-04-22', '16:30'),
  status: 'scheduled',
  attendanceMode: 'offline',
  venue: 'guerzenich-koeln',
  registration: {
    state: 'open',
    url: 'https://difu.de/veranstaltungen',
    deadline: berlin('2027-04-08', '23:59'),
    fee: { de: 'Die Teilnahme ist kostenfrei.', en: 'Attendance is free of charge.' },
    capacity: 200,
  },
  contact: { name: 'Veranstaltungsteam des Difu', email: 'veranstaltungen@example.org' },
  seo: {
    title: { de: '2. Kölner Symposium 2027', en: '2nd Cologne Symposium 2027' },
    description: {
      de: 'Integrierte Infrastruktur- und Finanzplanung: Fachtag von Difu und FiFo Köln am 22. April 2027 im Kölner Gürzenich.',
      en: 'Integrated infrastructure and financial planning: a conference by Difu and FiFo Köln on 22 April 2027 at the Gürzenich in Cologne.',
    },
  },
  topics: ['infrastruktur', 'kommunalfinanzen', 'nachhaltigkeit-sdgs', 'beteiligung-open-government'],
  organisers: ['difu', 'fifo-koeln'],
  partners: ['stadt-koeln', 'th-koeln'],
}

const firstEdition: EventSeed = {
  slug: firstEditionSlug,
  title: {
    de: '1. Kölner Symposium – Integrierte Infrastruktur- und Finanzplanung',
    en: '1st Cologne Symposium – Integrated Infrastructure and Financial Planning',
  },
  series: { de: 'Kölner Symposium', en: 'Cologne Symposium' },
  edition: 1,
  summary: {
    de: 'Auftakt der Reihe: Stadt Köln, Difu und FiFo Köln diskutierten, warum Infrastrukturplanung und Haushalt zusammengehören.',
    en: 'The start of the series: the City of Cologne, Difu and FiFo Köln discussed why infrastructure planning and the budget belong together.',
  },
  description: {
    de: richText(
      'Beim ersten Kölner Symposium kamen Kämmereien, Fachämter und Forschung zusammen, um über den wachsenden Investitionsrückstand der Kommunen zu sprechen.',
      'Im Mittelpunkt standen die Folgekosten von Investitionen, die Rolle der doppischen Haushaltsführung und erste Erfahrungen mit integrierten Planungsprozessen.',
    ),
    en: richText(
      'The first Cologne Symposium brought together treasuries, line departments and researchers to talk about the growing investment backlog of municipalities.',
      'The focus was on the running costs of investment, the role of accrual accounting and early experience with integrated planning processes.',
    ),
  },
  start: berlin('2017-12-14', '10:00'),
  end: berlin('2017-12-14', '16:00'),
  status: 'scheduled',
  attendanceMode: 'offline',
  venue: 'historisches-rathaus-koeln',
  registration: { state: 'closed' },
  topics: ['infrastruktur', 'kommunalfinanzen', 'stadtentwicklung'],
  organisers: ['stadt-koeln', 'difu', 'fifo-koeln'],
}

const berlinSeminar: EventSeed = {
  slug: berlinSeminarSlug,
  title: {
    de: 'Difu-Seminar: Klimagerechte Infrastruktur finanzieren',
    en: 'Difu seminar: Financing climate-proof infrastructure',
  },
  summary: {
    de: 'Zwei Tage für Kämmereien und Fachämter: Finanzierungswege, Förderprogramme und Prioritäten für Klimaschutz und Klimaanpassung in der kommunalen Infrastruktur.',
    en: 'Two days for treasuries and line departments: financing routes, funding programmes and priorities for climate action and adaptation in municipal infrastructure.',
  },
  description: {
    de: richText(
      'Ob Wärmenetz, Schwammstadt oder energetische Sanierung von Schulen: Klimaschutz und Klimaanpassung verändern die Investitionsplanung der Kommunen grundlegend.',
      'Das Seminar zeigt, welche Finanzierungswege es gibt, wie sich Förderprogramme sinnvoll kombinieren lassen und wie Maßnahmen nachvollziehbar priorisiert werden. Ein Werkstatt-Teil lässt Raum für eigene Fälle.',
      { heading: 'Für wen?', tag: 'h3' },
      'Beschäftigte aus Kämmereien, Bau-, Umwelt- und Planungsämtern sowie kommunalen Unternehmen.',
    ),
    en: richText(
      'Whether district heating, sponge city or the energy retrofit of schools: climate action and adaptation are fundamentally changing how municipalities plan investment.',
      'The seminar shows which financing routes exist, how funding programmes can be combined sensibly and how measures can be prioritised in a transparent way. A workshop part leaves room for your own cases.',
      { heading: 'Who is it for?', tag: 'h3' },
      'Staff from treasuries, building, environment and planning departments and from municipal companies.',
    ),
  },
  start: berlin('2027-02-23', '10:00'),
  end: berlin('2027-02-24', '13:00'),
  status: 'scheduled',
  attendanceMode: 'offline',
  venue: 'difu-berlin',
  registration: {
    state: 'open',
    url: 'https://difu.de/veranstaltungen',
    deadline: berlin('2027-02-09', '23:59'),
    fee: {
      de: '390 € (für Beschäftigte aus Zuwenderstädten des Difu 195 €)',
      en: '€390 (€195 for staff of Difu’s member municipalities)',
    },
    capacity: 30,
  },
  contact: { name: 'Seminarteam des Difu', email: 'seminare@example.org' },
  topics: ['klimaschutz-klimaanpassung', 'kommunalfinanzen', 'infrastruktur'],
  organisers: ['difu'],
}

export const events: EventSeed[] = [firstEdition, berlinSeminar, symposium]
