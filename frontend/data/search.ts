import { parseSearchParams, type ParamError } from '@difu/programm/site'
import { type FoundEvent, searchEvents, type SearchResult } from '@difu/programm/site'
import type { Locale } from '../i18n/dictionary'
import { dayKey } from '../lib/format'
import { siteOptions } from '../config/siteOptions'
import { pagePath } from '../i18n/routes'
import { asVisitor } from './asVisitor'
import { payloadClient } from './payload'
import { type Untranslated, withUntranslated } from './untranslated'

/** Results per page of the map page: enough for one map view, few enough for one list. */
export const mapPageLimit = 50

/** Every topic, by name, for the checkboxes of the search form. */
const allTopics = async (locale: Locale) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    ...asVisitor(locale),
    collection: 'topics',
    depth: 0,
    select: { name: true, slug: true },
    sort: 'name',
  })
  return docs.map(({ id, name, slug }) => ({ id, name, slug: slug ?? '' }))
}

export type MapSearch = {
  /** The filters as the visitor entered them, to fill the form again (even when refused). */
  params: URLSearchParams
  errors: ParamError[]
  /** The found events with their titles that show the German fallback marked. */
  result?: Omit<SearchResult, 'docs'> & { docs: (FoundEvent & Untranslated)[] }
  topics: Awaited<ReturnType<typeof allTopics>>
  /** The day of the search in Berlin (YYYY-MM-DD): events that ended before it are marked past. */
  today: string
  /** Past events were left out by default (nearest first, no dates asked for); `past=1` shows them. */
  pastHidden?: boolean
}

/** The parameter that shows past events too in a search by distance. */
export const showPastParam = 'past'

/**
 * The map page's search: the query string of its GET form, read by the endpoint's own parser and
 * answered by the same search function through the Local API (as a visitor: published only).
 * With a place and no order asked for, the nearest events come first; then, unless the visitor
 * asked for dates or for past events, only events from today on, as last year's symposium next
 * door is not what someone looking for events nearby wants first.
 */
export const loadMapSearch = async (locale: Locale, params: URLSearchParams): Promise<MapSearch> => {
  const query = new URLSearchParams(params)
  query.set('locale', locale)
  if (query.get('near')?.trim() && !query.get('sort')) query.set('sort', 'distance')
  const pastHidden =
    query.get('sort') === 'distance' && !query.get('from')?.trim() && !query.get('to')?.trim() && query.get(showPastParam) !== '1'
  const today = dayKey(new Date().toISOString())
  if (pastHidden) query.set('from', today)
  const [topics, parsed] = [allTopics(locale), parseSearchParams(query, { limit: mapPageLimit, locales: { codes: [locale], defaultLocale: locale } })]
  if (!parsed.query) return { errors: parsed.errors, params, today, topics: await topics }
  const payload = await payloadClient()
  const pageUrl = (slug: string) => pagePath(locale, 'event', slug)
  const { errors, result } = await searchEvents({ pageUrl, payload, site: siteOptions }, parsed.query)
  const docs = result && (await withUntranslated(asVisitor(locale), 'events', result.docs, ['title']))
  return { errors: errors ?? [], params, pastHidden, result: result && docs && { ...result, docs }, today, topics: await topics }
}
