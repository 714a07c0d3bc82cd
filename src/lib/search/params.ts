import { isOnEarth, type Point } from './geo'

/**
 * The map search's parameters, read from a query string: the endpoint and the map page share this,
 * so both accept and refuse the same input. Pure; what needs the database (does the topic exist,
 * where is the place) is checked in search.ts.
 */

export const attendanceValues = ['offline', 'online', 'mixed'] as const
export const sortValues = ['date', 'distance'] as const
/** A content locale of the site (its `localization`), e.g. `de`. */
export type SearchLocale = string

/** The content locales a search may ask for, and the one it answers in when none is asked for. */
export type SearchLocales = { codes: readonly string[]; defaultLocale: string }

export type SearchQuery = {
  q?: string
  /** Topic slugs; an event with any of them matches. */
  topics: string[]
  /** Calendar days in Berlin (YYYY-MM-DD): events running on any day from `from` to `to`. */
  from?: string
  to?: string
  /** Coordinates, or a city name or postcode to look up. */
  near?: { point: Point } | { place: string }
  radiusKm: number
  attendance?: (typeof attendanceValues)[number]
  sort: (typeof sortValues)[number]
  page: number
  limit: number
  locale: SearchLocale
}

/** Why a parameter was refused; the map page turns it into a sentence in the visitor's language. */
export type ParamProblem = 'invalid' | 'outOfRange' | 'unknown' | 'beforeFrom' | 'needsNear' | 'tooLong'

export type ParamError = { parameter: string; problem: ParamProblem; message: string }

export type Parsed = { query: SearchQuery; errors: [] } | { query?: undefined; errors: ParamError[] }

export const defaultRadiusKm = 50
export const maxRadiusKm = 1000
export const maxLimit = 100
const maxTextLength = 200

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/
const pointPattern = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/

/** A real calendar day in YYYY-MM-DD (no 2025-02-30). */
export const isDay = (value: string): boolean => {
  const match = dayPattern.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const oneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value)

/** Every problem at once, so a form can mark each field that needs fixing. */
export const parseSearchParams = (
  params: URLSearchParams,
  defaults: { limit?: number; locales: SearchLocales },
): Parsed => {
  const errors: ParamError[] = []
  const refuse = (parameter: string, problem: ParamProblem, message: string) => {
    errors.push({ message, parameter, problem })
    return undefined
  }
  // an empty form field means "no filter", as a browser sends every field of a GET form
  const value = (name: string): string | undefined => params.get(name)?.trim() || undefined

  const q = value('q')
  if (q && q.length > maxTextLength) refuse('q', 'tooLong', `Parameter "q" is too long: at most ${maxTextLength} characters.`)

  const topics = [...new Set(params.getAll('topic').map((topic) => topic.trim()).filter(Boolean))]
  for (const topic of topics) {
    if (!slugPattern.test(topic)) refuse('topic', 'invalid', `Parameter "topic" must be a topic slug, not "${topic}".`)
  }

  const day = (name: 'from' | 'to') => {
    const text = value(name)
    if (text && !isDay(text)) return refuse(name, 'invalid', `Parameter "${name}" must be a date as YYYY-MM-DD, not "${text}".`)
    return text
  }
  const from = day('from')
  const to = day('to')
  if (from && to && to < from) refuse('to', 'beforeFrom', `Parameter "to" (${to}) must not be before "from" (${from}).`)

  const nearText = value('near')
  let near: SearchQuery['near']
  const coordinates = nearText ? pointPattern.exec(nearText) : null
  if (coordinates) {
    const point = { lat: Number(coordinates[1]), lng: Number(coordinates[2]) }
    if (isOnEarth(point)) near = { point }
    else refuse('near', 'outOfRange', 'Parameter "near": latitude must lie within -90…90 and longitude within -180…180.')
  } else if (nearText) {
    if (nearText.length > 100) refuse('near', 'tooLong', 'Parameter "near" is too long for a place name.')
    else near = { place: nearText }
  }

  const radiusText = value('radius')
  let radiusKm = defaultRadiusKm
  if (radiusText !== undefined) {
    const radius = Number(radiusText)
    if (!Number.isFinite(radius) || radius <= 0 || radius > maxRadiusKm) {
      refuse('radius', 'outOfRange', `Parameter "radius" must be a distance in km greater than 0 and at most ${maxRadiusKm}.`)
    } else radiusKm = radius
  }

  const attendanceText = value('attendance')
  let attendance: SearchQuery['attendance']
  if (attendanceText !== undefined) {
    if (oneOf(attendanceValues, attendanceText)) attendance = attendanceText
    else refuse('attendance', 'invalid', `Parameter "attendance" must be one of ${attendanceValues.join(', ')}.`)
  }

  const sortText = value('sort') ?? 'date'
  let sort: SearchQuery['sort'] = 'date'
  if (!oneOf(sortValues, sortText)) refuse('sort', 'invalid', `Parameter "sort" must be one of ${sortValues.join(', ')}.`)
  else if (sortText === 'distance' && !nearText) refuse('sort', 'needsNear', 'Parameter "sort=distance" needs "near".')
  else sort = sortText

  const whole = (name: string, fallback: number, max: number): number => {
    const text = value(name)
    if (text === undefined) return fallback
    const number = Number(text)
    if (Number.isInteger(number) && number >= 1 && number <= max) return number
    refuse(name, 'outOfRange', `Parameter "${name}" must be a whole number from 1 to ${max}.`)
    return fallback
  }
  const page = whole('page', 1, Number.MAX_SAFE_INTEGER)
  const limit = whole('limit', defaults.limit ?? 20, maxLimit)

  const { codes, defaultLocale } = defaults.locales
  const localeText = value('locale') ?? defaultLocale
  const locale: SearchLocale = codes.includes(localeText) ? localeText : defaultLocale
  if (!codes.includes(localeText)) refuse('locale', 'invalid', `Parameter "locale" must be one of ${codes.join(', ')}.`)

  if (errors.length) return { errors }
  return { errors: [], query: { attendance, from, limit, locale, near, page, q, radiusKm, sort, to, topics } }
}
