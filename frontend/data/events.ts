import { cache } from 'react'

import type { Locale } from '../i18n/dictionary'
import { asVisitor } from './asVisitor'
import { hasDates } from './dated'
import { payloadClient } from './payload'
import { withUntranslated } from './untranslated'

/** A listing's filter: the events of one topic or at one venue, chosen by the database. */
export type ListingFilter = { field: 'topics' | 'venue'; id: number | string }

/**
 * The published events for a listing (every one on the home page; those of one topic or venue on
 * its page), soonest first, with the lead organiser's short name, the city and the topics, and
 * the texts that show the German fallback marked. An event without its dates is left out.
 */
const findListedEvents = async (locale: Locale, filter?: ListingFilter) => {
  const payload = await payloadClient()
  const published = { _status: { equals: 'published' } } as const
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
    where: filter ? { and: [published, { [filter.field]: { in: [filter.id] } }] } : published,
  })
  return withUntranslated(asVisitor(locale), 'events', docs.filter(hasDates), ['title', 'summary'])
}

/** Every published event, for the home page. */
export const listEvents = cache((locale: Locale) => findListedEvents(locale))

/** The published events of one topic or at one venue (`field`), for their pages. */
export const listEventsOf = cache((locale: Locale, field: ListingFilter['field'], id: ListingFilter['id']) =>
  findListedEvents(locale, { field, id }),
)

export type ListedEvent = Awaited<ReturnType<typeof listEvents>>[number]
