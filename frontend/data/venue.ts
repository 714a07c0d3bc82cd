import { cache } from 'react'

import type { Locale } from '../i18n/dictionary'
import { listEventsOf } from './events'
import { asVisitor } from './asVisitor'
import { payloadClient } from './payload'
import { type Untranslated, withUntranslated } from './untranslated'

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

export type VenueDoc = NonNullable<Awaited<ReturnType<typeof getVenue>>> & Untranslated

/** The venue's texts a page shows, in groups and rooms too. */
const venueTexts = ['name', 'accessibility.notes', 'directions', 'publicTransport', 'rooms.name', 'rooms.floor']

/**
 * A venue page: the venue, with the texts that show the German fallback marked, and the published
 * events held there; undefined if there is no such venue.
 */
export const loadVenuePage = cache(async (locale: Locale, slug: string) => {
  const found = await getVenue(locale, slug)
  if (!found) return undefined
  const [[venue], events] = await Promise.all([
    withUntranslated(asVisitor(locale), 'venues', [found], venueTexts),
    listEventsOf(locale, 'venue', found.id),
  ])
  return { events, venue }
})
