/**
 * The site under test as a visitor and an editor reach it: the server's address (from the global
 * setup), plain HTTP requests, and REST calls with a signed-in editor.
 */
export type Locale = 'de' | 'en'

export const locales: Locale[] = ['de', 'en']

export const other = (locale: Locale): Locale => (locale === 'de' ? 'en' : 'de')

export const baseUrl = (): string => {
  const url = process.env.E2E_BASE_URL
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`.')
  return url
}

/** What the demo seed shows a visitor, per language, at the addresses of the public site. */
export const demo = {
  de: {
    home: '/',
    homeListing: 'Difu: 2. Kölner Symposium – Integrierte Infrastruktur- und Finanzplanung',
    event: '/veranstaltungen/2-koelner-symposium',
    eventTitle: '2. Kölner Symposium – Integrierte Infrastruktur- und Finanzplanung',
    programmeHeading: 'Programm',
    /** Some of the symposium's programme items, in time order. */
    sessionsInOrder: ['Begrüßung und Einführung', 'Von der Projektliste zur Investitionsstrategie', 'Kaffeepause', 'Mittagspause', 'Offene Diskussion'],
    sessionCount: 10,
    speakerPrefix: '/referierende/',
    venue: '/orte/guerzenich-koeln',
    venueName: 'Gürzenich Köln',
    topic: '/themen/infrastruktur',
    topicTitle: 'Veranstaltungen zum Thema „Infrastruktur“',
    map: '/karte',
    firstEdition: '/veranstaltungen/1-koelner-symposium',
    eventPrefix: '/veranstaltungen/',
    unknown: ['/veranstaltungen/gibt-es-nicht', '/referierende/gibt-es-nicht', '/orte/gibt-es-nicht', '/themen/gibt-es-nicht', '/gibt-es-nicht'],
    notFoundTitle: 'Seite nicht gefunden',
  },
  en: {
    home: '/en',
    homeListing: 'Difu: 2nd Cologne Symposium – Integrated Infrastructure and Financial Planning',
    event: '/en/events/2-koelner-symposium',
    eventTitle: '2nd Cologne Symposium – Integrated Infrastructure and Financial Planning',
    programmeHeading: 'Programme',
    sessionsInOrder: ['Welcome and introduction', 'From a list of projects to an investment strategy', 'Coffee break', 'Lunch break', 'Open discussion'],
    sessionCount: 10,
    speakerPrefix: '/en/speakers/',
    venue: '/en/venues/guerzenich-koeln',
    venueName: 'Gürzenich Cologne',
    topic: '/en/topics/infrastruktur',
    topicTitle: 'Events on “Infrastructure”',
    map: '/en/map',
    firstEdition: '/en/events/1-koelner-symposium',
    eventPrefix: '/en/events/',
    unknown: ['/en/events/does-not-exist', '/en/speakers/does-not-exist', '/en/venues/does-not-exist', '/en/topics/does-not-exist', '/en/does-not-exist'],
    notFoundTitle: 'Page not found',
  },
} as const

/** The same page in the other language: the public site's address scheme. */
export const counterpart = (path: string, to: Locale): string => {
  const kinds = [
    ['/veranstaltungen/', '/en/events/'],
    ['/referierende/', '/en/speakers/'],
    ['/orte/', '/en/venues/'],
    ['/themen/', '/en/topics/'],
  ]
  if (path === '/' || path === '/en') return to === 'de' ? '/' : '/en'
  for (const [de, en] of kinds) {
    if (path.startsWith(de)) return to === 'de' ? path : en + path.slice(de.length)
    if (path.startsWith(en)) return to === 'en' ? path : de + path.slice(en.length)
  }
  throw new Error(`No counterpart known for ${path}`)
}

export type Answer = { status: number; text: string; headers: Headers }

/** A plain GET as a browser without cookies would send it. */
export const get = async (path: string): Promise<Answer> => {
  const response = await fetch(baseUrl() + path, { redirect: 'manual' })
  return { headers: response.headers, status: response.status, text: await response.text() }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

export type RestAnswer = { status: number; body: Json }

/** A REST call to Payload's API, signed in when a token is given. */
export const rest = async (method: string, path: string, body?: unknown, token?: string): Promise<RestAnswer> => {
  const headers: Record<string, string> = {}
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (token) headers.Authorization = `JWT ${token}`
  const response = await fetch(baseUrl() + path, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers,
    method,
  })
  const text = await response.text()
  let parsed: Json = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // keep the text, so a failing assertion shows it
  }
  return { body: parsed, status: response.status }
}

/** Signs in over REST as the editor the global setup created and returns the JWT. */
export const signInAsEditor = async (): Promise<string> => {
  const email = process.env.E2E_EDITOR_EMAIL
  const password = process.env.E2E_EDITOR_PASSWORD
  if (!email || !password) throw new Error('The editor account is missing: run the browser tests with `npm run test:e2e`.')
  const { body, status } = await rest('POST', '/api/users/login', { email, password })
  if (status !== 200 || !body?.token) throw new Error(`Editor sign-in answered ${status}: ${JSON.stringify(body)}`)
  return body.token
}
