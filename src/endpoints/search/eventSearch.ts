import type { Endpoint } from 'payload'

import { parseSearchParams, type ParamError } from '../../lib/search/params'
import { searchEvents } from '../../lib/search/search'
import type { EventsPluginConfig } from '../../types'

/**
 * Refusals in Payload's error shape (as src/endpoints/shared/answers.ts), one entry per bad
 * parameter, each naming it, so a client can show every problem at once.
 */
const refusal = (errors: ParamError[]): Response =>
  Response.json({ errors: errors.map(({ message, parameter }) => ({ message, parameter })) }, { status: 400 })

/**
 * `GET /api/events/search?q=&topic=&from=&to=&near=&radius=&attendance=&sort=&page=&limit=&locale=`:
 * published events (as a visitor sees them) with venue, page link and distance, plus GeoJSON.
 * A fixed path: Payload matches a collection's custom endpoints before its own `/:id`.
 */
export const eventSearch = (options: EventsPluginConfig): Endpoint => ({
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const { localization } = req.payload.config
    const locales = localization
      ? { codes: localization.localeCodes, defaultLocale: localization.defaultLocale }
      : { codes: [], defaultLocale: '' }
    const parsed = parseSearchParams(req.searchParams, { locales })
    if (!parsed.query) return refusal(parsed.errors)
    const pageUrl = options.pageUrl
      ? (slug: string, locale: string) => options.pageUrl?.({ collection: 'events', locale, slug })
      : undefined
    const { errors, result } = await searchEvents({ payload: req.payload, pageUrl, req, site: options.site }, parsed.query)
    return errors ? refusal(errors) : Response.json(result)
  },
})
