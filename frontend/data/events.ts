import { cache } from 'react'

import type { Locale } from '../i18n/dictionary'
import { asVisitor } from './asVisitor'
import { payloadClient } from './payload'

/**
 * Every published event for the listings (home, topic and venue pages), soonest first, with the
 * lead organiser's short name, the city and the topics.
 */
export const listEvents = cache(async (locale: Locale) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    ...asVisitor(locale),
    collection: 'events',
    depth: 1,
    populate: {
      organisations: { shortName: true },
      topics: { name: true, slug: true },
      venues: { address: { city: true } },
    },
    select: {
      end: true,
      organisers: true,
      slug: true,
      start: true,
      status: true,
      summary: true,
      title: true,
      topics: true,
      venue: true,
    },
    sort: 'start',
    where: { _status: { equals: 'published' } },
  })
  return docs
})

export type ListedEvent = Awaited<ReturnType<typeof listEvents>>[number]
