import { cache } from 'react'

import type { Locale } from '../i18n/dictionary'
import { populated } from '../lib/populated'
import { listEvents } from './events'
import { asVisitor } from './asVisitor'
import { payloadClient } from './payload'

/** One venue by slug. */
export const getVenue = cache(async (locale: Locale, slug: string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    ...asVisitor(locale),
    collection: 'venues',
    depth: 0,
    limit: 1,
    select: {
      accessibility: true,
      address: true,
      directions: true,
      latitude: true,
      longitude: true,
      name: true,
      publicTransport: true,
      rooms: true,
      slug: true,
      website: true,
    },
    where: { slug: { equals: slug } },
  })
  return docs[0]
})

export type VenueDoc = NonNullable<Awaited<ReturnType<typeof getVenue>>>

/** A venue page: the venue and the published events held there; undefined if there is no such venue. */
export const loadVenuePage = cache(async (locale: Locale, slug: string) => {
  const [venue, events] = await Promise.all([getVenue(locale, slug), listEvents(locale)])
  if (!venue) return undefined
  return { events: events.filter((event) => populated(event.venue)?.id === venue.id), venue }
})
