import type { TopicSeed } from './types'

export const topics: TopicSeed[] = [
  {
    slug: 'infrastruktur',
    name: { de: 'Infrastruktur', en: 'Infrastructure' },
    description: {
      de: 'Straßen, Brücken, Schulen, Leitungen und Netze: wie Kommunen ihre Infrastruktur erhalten, erneuern und vorausschauend planen.',
      en: 'Roads, bridges, schools, pipes and networks: how municipalities maintain, renew and plan their infrastructure ahead of time.',
    },
  },
  {
    slug: 'kommunalfinanzen',
    name: { de: 'Kommunalfinanzen', en: 'Municipal finance' },
    description: {
      de: 'Haushalte, Investitionen, Schulden und Förderprogramme – und die Frage, wer welche Aufgabe bezahlt.',
      en: 'Budgets, investment, debt and funding programmes – and the question of who pays for which task.',
    },
  },
  {
    slug: 'nachhaltigkeit-sdgs',
    name: { de: 'Nachhaltigkeit und SDGs', en: 'Sustainability and SDGs' },
    description: {
      de: 'Die Ziele für nachhaltige Entwicklung der Vereinten Nationen im kommunalen Alltag: Indikatoren, Berichte und Steuerung.',
      en: 'The United Nations Sustainable Development Goals in everyday local government: indicators, reports and steering.',
    },
  },
  {
    slug: 'beteiligung-open-government',
    name: { de: 'Beteiligung und Open Government', en: 'Participation and open government' },
    description: {
      de: 'Wie Verwaltung und Stadtgesellschaft gemeinsam planen: offene Daten, transparente Verfahren und Koproduktion.',
      en: 'How administrations and citizens plan together: open data, transparent procedures and co-production.',
    },
  },
  {
    slug: 'stadtentwicklung',
    name: { de: 'Stadtentwicklung', en: 'Urban development' },
    description: {
      de: 'Integrierte Konzepte für Quartiere, Städte und Regionen, die Fachplanungen und Haushalt zusammendenken.',
      en: 'Integrated strategies for neighbourhoods, cities and regions that bring sector planning and budgets together.',
    },
  },
  {
    slug: 'klimaschutz-klimaanpassung',
    name: { de: 'Klimaschutz und Klimaanpassung', en: 'Climate action and adaptation' },
    description: {
      de: 'Kommunale Wege zur Klimaneutralität und zu Städten, die Hitze, Starkregen und Trockenheit standhalten.',
      en: 'Local paths to climate neutrality and to cities that can cope with heat, heavy rain and drought.',
    },
  },
]
