import { cache } from 'react'

import type { Locale } from '../i18n/dictionary'
import { mediaFields } from '../lib/media'
import { populated } from '../lib/populated'
import { shownByDates } from './dated'
import { payloadClient } from './payload'
import { readOptions } from './readOptions'
import { type Untranslated, withUntranslated, withUntranslatedRelation } from './untranslated'

/** One speaker by slug, with organisation and photo. */
export const getSpeaker = cache(async (locale: Locale, slug: string) => {
  const payload = await payloadClient()
  // speakers have no drafts: a preview shows the same person, with the sessions' drafts
  const { options } = await readOptions(locale)
  const { docs } = await payload.find({
    ...options,
    collection: 'speakers',
    depth: 1,
    limit: 1,
    populate: { media: mediaFields, organisations: { name: true, url: true } },
    select: { bio: true, links: true, name: true, organisation: true, photo: true, position: true, slug: true },
    where: { slug: { equals: slug } },
  })
  return docs[0]
})

/** Every published session of a speaker, across all published events, with its event and materials. */
export const getSpeakerSessions = cache(async (locale: Locale, speakerId: number) => {
  const payload = await payloadClient()
  const { options, visible } = await readOptions(locale)
  const { docs } = await payload.find({
    ...options,
    collection: 'sessions',
    depth: 1,
    populate: {
      events: { end: true, slug: true, start: true, status: true, title: true },
      media: mediaFields,
      speakers: { slug: true },
    },
    select: {
      end: true,
      event: true,
      kind: true,
      materials: true,
      recordingUrl: true,
      room: true,
      slug: true,
      speakers: true,
      start: true,
      title: true,
    },
    sort: 'start',
    where: { and: [{ 'speakers.speaker': { equals: speakerId } }, ...visible] },
  })
  // a session whose event is not published stays an id: leave it out, as one whose event lacks its dates
  return shownByDates(docs, options).filter((session) => {
    const event = populated(session.event)
    return event !== undefined && shownByDates([event], options).length > 0
  })
})

export type SpeakerDoc = NonNullable<Awaited<ReturnType<typeof getSpeaker>>> & Untranslated
export type SpeakerSession = Awaited<ReturnType<typeof getSpeakerSessions>>[number] & Untranslated

/**
 * A speaker page: the person and their sessions, each marked with the texts that show the German
 * fallback (their events' titles too); undefined if there is no such speaker.
 */
export const loadSpeakerPage = cache(async (locale: Locale, slug: string) => {
  const found = await getSpeaker(locale, slug)
  if (!found) return undefined
  const { options } = await readOptions(locale)
  const [[marked], sessions] = await Promise.all([
    withUntranslated(options, 'speakers', [found], ['position', 'bio']),
    getSpeakerSessions(locale, found.id).then((docs) => withUntranslated(options, 'sessions', docs, ['title'])),
  ])
  const [speaker, markedSessions] = await Promise.all([
    withUntranslatedRelation(options, [marked], 'organisation', 'organisations', ['name']),
    withUntranslatedRelation(options, sessions, 'event', 'events', ['title']),
  ])
  return { sessions: markedSessions, speaker: speaker[0] }
})
