import { cache } from 'react'

import type { Locale } from '../i18n/dictionary'
import { mediaFields } from '../lib/media'
import { payloadClient } from './payload'
import { readOptions } from './readOptions'

/** One published event (in a preview: its draft) by its slug, with venue, topics, organisers and files populated. */
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
  return docs[0]
})

/** The published sessions of an event by start time, with their people (name, slug, photo) and materials. */
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
  return docs
})

export type EventDoc = NonNullable<Awaited<ReturnType<typeof getEvent>>>
export type EventSession = Awaited<ReturnType<typeof getEventSessions>>[number]

/** An event page: the event and its programme; undefined if there is no such published event. */
export const loadEventPage = cache(async (locale: Locale, slug: string) => {
  const event = await getEvent(locale, slug)
  if (!event) return undefined
  return { event, sessions: await getEventSessions(locale, event.id) }
})
