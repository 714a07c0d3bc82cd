/** Every text of the public site, in German (default) and English. */
export const dictionary = {
  de: {
    siteName: 'Programm – Veranstaltungen des Difu',
    siteDescription: 'Symposien, Tagungen und Seminare des Deutschen Instituts für Urbanistik.',
    upcoming: 'Kommende Veranstaltungen',
    past: 'Vergangene Veranstaltungen',
    noEvents: 'Zurzeit sind keine Veranstaltungen veröffentlicht.',
    skipToContent: 'Zum Inhalt springen',
  },
  en: {
    siteName: 'Programm – Difu events',
    siteDescription: 'Symposia, conferences and seminars of the German Institute of Urban Affairs.',
    upcoming: 'Upcoming events',
    past: 'Past events',
    noEvents: 'No events are published at the moment.',
    skipToContent: 'Skip to content',
  },
} as const

export type Locale = keyof typeof dictionary

export type Dictionary = (typeof dictionary)[Locale]

export const t = (locale: Locale): Dictionary => dictionary[locale]
