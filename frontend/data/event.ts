import { cache } from 'react'

import type { Locale } from '../i18n/dictionary'
import { mediaFields } from '../lib/media'
import { shownByDates } from './dated'
import { payloadClient } from './payload'
import { readOptions } from './readOptions'
import { type Untranslated, withUntranslated, withUntranslatedRelation } from './untranslated'

/**
 * One published event (in a preview: its draft) by its slug, with venue, topics, organisers and
 * files populated; for visitors undefined when it lacks its dates, as the listings leave it out.
 */
export const getEvent = cache(async (locale: Locale, slug: string) => {
  const payload = await payloadClient()
  const { options, visible } = await readOptions(locale)
  const { docs } = await payload.find({
    ...options,
    collection: 'events',
    depth: 1,
    limit: 1,
    populate: {
      media: mediaFields,
      organisations: { name: true, shortName: true, url: true },
      // documents that the description links to
      events: { slug: true },
      speakers: { slug: true },
      topics: { name: true, slug: true },
      venues: { address: true, latitude: true, longitude: true, name: true, slug: true },
    },
    select: {
      attendanceMode: true,
      contact: true,
      description: true,
      documents: true,
      end: true,
      heroImage: true,
      organisers: true,
      partners: true,
      previousStart: true,
      registration: true,
      seo: true,
      slug: true,
      start: true,
      status: true,
      streamUrl: true,
      summary: true,
      title: true,
      topics: true,
      venue: true,
    },
    where: { and: [{ slug: { equals: slug } }, ...visible] },
  })
  return shownByDates(docs, options)[0]
})

/** The published sessions of an event by start time, with their people (name, slug, photo) and materials; for visitors those without their dates left out. */
export const getEventSessions = cache(async (locale: Locale, eventId: number) => {
  const payload = await payloadClient()
  const { options, visible } = await readOptions(locale)
  const { docs } = await payload.find({
    ...options,
    collection: 'sessions',
    // 2: the people's photos are uploads of the populated speakers
    depth: 2,
    populate: {
      media: mediaFields,
      organisations: { name: true },
      speakers: { familyName: true, name: true, organisation: true, photo: true, position: true, slug: true },
    },
    select: {
      abstract: true,
      description: true,
      end: true,
      kind: true,
      language: true,
      materials: true,
      recordingUrl: true,
      room: true,
      slug: true,
      speakers: true,
      start: true,
      title: true,
      track: true,
    },
    sort: 'start',
    where: { and: [{ event: { equals: eventId } }, ...visible] },
  })
  return shownByDates(docs, options)
})

export type EventDoc = NonNullable<Awaited<ReturnType<typeof getEvent>>> & Untranslated
export type EventSession = Awaited<ReturnType<typeof getEventSessions>>[number] & Untranslated

/**
 * An event page: the event and its programme, each marked with the texts that have no
 * translation; undefined if there is no such published event.
 */
export const loadEventPage = cache(async (locale: Locale, slug: string) => {
  const found = await getEvent(locale, slug)
  if (!found) return undefined
  const foundSessions = await getEventSessions(locale, found.id)
  const { options } = await readOptions(locale)
  const [[event], sessions] = await Promise.all([
    withUntranslated(options, 'events', [found], ['title', 'summary', 'description']).then((marked) =>
      withUntranslatedRelation(options, marked, 'venue', 'venues', ['name']),
    ),
    withUntranslated(options, 'sessions', foundSessions, ['title', 'abstract', 'description']),
  ])
  return { event, sessions }
})
