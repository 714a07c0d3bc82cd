import { parseSearchParams, type ParamError } from '../../src/lib/search/params'
import { searchEvents, type SearchResult } from '../../src/lib/search/search'
import type { Locale } from '../i18n/dictionary'
import { pagePath } from '../i18n/routes'
import { asVisitor } from './asVisitor'
import { payloadClient } from './payload'

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
  result?: SearchResult
  topics: Awaited<ReturnType<typeof allTopics>>
}

/**
 * The map page's search: the query string of its GET form, read by the endpoint's own parser and
 * answered by the same search function through the Local API (as a visitor: published only).
 * With a place and no order asked for, the nearest events come first.
 */
export const loadMapSearch = async (locale: Locale, params: URLSearchParams): Promise<MapSearch> => {
  const query = new URLSearchParams(params)
  query.set('locale', locale)
  if (query.get('near')?.trim() && !query.get('sort')) query.set('sort', 'distance')
  const [topics, parsed] = [allTopics(locale), parseSearchParams(query, { limit: mapPageLimit })]
  if (!parsed.query) return { errors: parsed.errors, params, topics: await topics }
  const payload = await payloadClient()
  const pageUrl = (slug: string) => pagePath(locale, 'event', slug)
  const { errors, result } = await searchEvents({ pageUrl, payload }, parsed.query)
  return { errors: errors ?? [], params, result, topics: await topics }
}
