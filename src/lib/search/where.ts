import type { Where } from 'payload'

import { midnight } from '../timeZone'
import type { BoundingBox } from './geo'
import type { SearchQuery } from './params'
import type { Id } from '../../types'

/** Venues inside the box: two indexed numbers, a query every database adapter answers alike. */
export const venuesInBoxWhere = (box: BoundingBox): Where => ({
  and: [
    { latitude: { greater_than_equal: box.minLat } },
    { latitude: { less_than_equal: box.maxLat } },
    ...(box.minLng === undefined ? [] : [{ longitude: { greater_than_equal: box.minLng } }]),
    ...(box.maxLng === undefined ? [] : [{ longitude: { less_than_equal: box.maxLng } }]),
  ],
})

export type TextMatches = {
  /** Events with a published session of a speaker whose name matches. */
  eventIds: Id[]
  /** Events whose title or summary holds a text with SQL wildcards, found literally (see literalText). */
  literalIds?: Id[]
  /** Venues in a city whose name matches. */
  venueIds: Id[]
}

export type EventFilters = {
  query: SearchQuery
  topicIds: Id[]
  /** Venues within the radius, when `near` is given. */
  venueIds?: Id[]
  text?: TextMatches
}

/**
 * The events the search asks the database for: published, and every filter given. Dates overlap:
 * an event from 12 to 14 May is found for from=2025-05-13 and for to=2025-05-12.
 */
export const eventsWhere = ({ query, topicIds, venueIds, text }: EventFilters): Where => {
  const and: Where[] = [{ _status: { equals: 'published' } }]
  if (query.from) and.push({ end: { greater_than_equal: midnight(query.from).toISOString() } })
  if (query.to) and.push({ start: { less_than: midnight(query.to, 1).toISOString() } })
  if (topicIds.length) and.push({ topics: { in: topicIds } })
  if (query.attendance) and.push({ attendanceMode: { equals: query.attendance } })
  if (venueIds) and.push({ venue: { in: venueIds } })
  if (query.q) {
    const or: Where[] = text?.literalIds ? [] : [{ title: { like: query.q } }, { summary: { like: query.q } }]
    const ids = [...(text?.literalIds ?? []), ...(text?.eventIds ?? [])]
    if (ids.length) or.push({ id: { in: ids } })
    if (text?.venueIds.length) or.push({ venue: { in: text.venueIds } })
    // no text match at all: an id never missing, so nothing is found
    and.push(or.length ? { or } : { id: { exists: false } })
  }
  return { and }
}
