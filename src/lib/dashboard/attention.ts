import type { CollectionSlug, Payload, TypedLocale } from 'payload'

import { findRoomClash } from '../conflicts/rooms'
import { findSpeakerClash } from '../conflicts/speakers'
import { personName } from '../personName'
import { pluginSlug } from '../pluginSlug'
import type { Id } from '../../types'
import { relationId, type Relation } from '../relationId'

/** A document an entry links to: its collection, id and title. */
export type DocLink = { collection: CollectionSlug; id: Id; title: string }

export type Attention = {
  /** Events not yet over, soonest first, with the number of their sessions still in draft. */
  upcoming: (DocLink & { start: string; draftSessions: number })[]
  /** People still marked „Zusage noch offen“ in a session not yet over. */
  unconfirmed: { person: DocLink; session: DocLink }[]
  /** Publications and withdrawals queued for a later time (Payload's schedulePublish jobs). */
  scheduled: (DocLink & { at: string; type: 'publish' | 'unpublish' })[]
  /** Draft sessions that publishing would refuse: a room or a person already taken at that time. */
  clashes: { session: DocLink; other: DocLink; kind: 'room' | 'speaker' }[]
}

type SessionRow = {
  id: Id
  title: string
  event: Relation
  start: string
  end: string
  room?: string | null
  speakers?: { speaker: Relation; needsConfirmation?: boolean | null }[] | null
}

/** How many entries each list shows: what fits on the dashboard above the collection tiles. */
export const attentionLimit = 10

const untitled = (title: unknown, id: Id): string => (typeof title === 'string' && title.trim() ? title : `#${id}`)

/**
 * What needs an editor's attention, for the admin dashboard (`src/components/Dashboard`). Reads
 * the latest version of every document (drafts included), in `locale`, as the admin does.
 */
export const dashboardAttention = async (
  payload: Payload,
  { locale, now = new Date() }: { locale?: string; now?: Date } = {},
): Promise<Attention> => {
  const slugs = {
    events: pluginSlug(payload, 'events'),
    sessions: pluginSlug(payload, 'sessions'),
    speakers: pluginSlug(payload, 'speakers'),
  }
  const read = { depth: 0, draft: true, locale: locale as TypedLocale | undefined, overrideAccess: true } as const
  const from = now.toISOString()

  const events = await payload.find({
    ...read,
    collection: slugs.events,
    limit: attentionLimit,
    select: { start: true, title: true, venue: true },
    sort: 'start',
    where: { end: { greater_than: from } },
  })
  // every session not yet over, latest version: drafts to count and check, published to check against
  const sessions = (
    await payload.find({
      ...read,
      collection: slugs.sessions,
      pagination: false,
      select: { _status: true, end: true, event: true, room: true, speakers: true, start: true, title: true },
      sort: 'start',
      where: { end: { greater_than: from } },
    })
  ).docs as unknown as (SessionRow & { _status?: string })[]
  const published = (
    await payload.find({
      ...read,
      collection: slugs.sessions,
      draft: false,
      pagination: false,
      select: { end: true, event: true, room: true, speakers: true, start: true, title: true },
      where: { and: [{ _status: { equals: 'published' } }, { end: { greater_than: from } }] },
    })
  ).docs as unknown as SessionRow[]
  const drafts = sessions.filter((session) => session._status !== 'published')

  const sessionLink = (session: SessionRow): DocLink => ({ collection: slugs.sessions, id: session.id, title: untitled(session.title, session.id) })

  const upcoming = (events.docs as unknown as { id: Id; start: string; title?: string }[]).map((event) => ({
    collection: slugs.events,
    draftSessions: drafts.filter((session) => relationId(session.event) === event.id).length,
    id: event.id,
    start: event.start,
    title: untitled(event.title, event.id),
  }))

  const openEntries = sessions.flatMap((session) =>
    (session.speakers ?? []).filter((entry) => entry.needsConfirmation).map((entry) => ({ person: relationId(entry.speaker), session })),
  )
  const people = await namesOf(payload, slugs.speakers, openEntries.map(({ person }) => person))
  const unconfirmed = openEntries
    .filter((entry): entry is { person: Id; session: SessionRow & { _status?: string } } => entry.person !== undefined)
    .slice(0, attentionLimit)
    .map(({ person, session }) => ({
      person: { collection: slugs.speakers, id: person, title: people.get(person) ?? `#${person}` },
      session: sessionLink(session),
    }))

  return {
    clashes: await publishingClashes(payload, slugs.events, drafts, published, sessionLink),
    scheduled: await scheduledPublications(payload, from, locale),
    unconfirmed,
    upcoming,
  }
}

const namesOf = async (payload: Payload, collection: CollectionSlug, ids: (Id | undefined)[]): Promise<Map<Id, string>> => {
  const wanted = [...new Set(ids.filter((id): id is Id => id !== undefined))]
  if (!wanted.length) return new Map()
  const { docs } = await payload.find({
    collection,
    depth: 0,
    draft: true,
    overrideAccess: true,
    pagination: false,
    select: { familyName: true, givenName: true, honorific: true },
    where: { id: { in: wanted } },
  })
  return new Map(docs.map((doc) => [doc.id as Id, personName(doc as Parameters<typeof personName>[0])]))
}

/**
 * The checks publishing runs (collections/Sessions: validateRoomFree, validateSpeakersFree), on
 * each draft against the published programme: a room at the same event or venue, a person anywhere.
 */
const publishingClashes = async (
  payload: Payload,
  eventsSlug: CollectionSlug,
  drafts: SessionRow[],
  published: SessionRow[],
  link: (session: SessionRow) => DocLink,
): Promise<Attention['clashes']> => {
  const eventIds = [...new Set([...drafts, ...published].map((session) => relationId(session.event)).filter((id) => id !== undefined))]
  const { docs: events } = eventIds.length
    ? await payload.find({ collection: eventsSlug, depth: 0, draft: true, overrideAccess: true, pagination: false, select: { venue: true }, where: { id: { in: eventIds } } })
    : { docs: [] }
  const venueOf = new Map(events.map((event) => [event.id as Id, relationId((event as { venue?: Relation }).venue)]))
  const place = (session: SessionRow) => {
    const event = relationId(session.event)
    const venue = event === undefined ? undefined : venueOf.get(event)
    return venue === undefined ? `event:${event}` : `venue:${venue}`
  }
  const speakersOf = (session: SessionRow): Id[] =>
    (session.speakers ?? []).map(({ speaker }) => relationId(speaker)).filter((id): id is Id => id !== undefined)
  const clashes: Attention['clashes'] = []
  for (const draft of drafts) {
    if (clashes.length >= attentionLimit) break
    const others = published.filter((other) => other.id !== draft.id)
    const room = findRoomClash(draft, others.filter((other) => place(other) === place(draft)))
    if (room) {
      clashes.push({ kind: 'room', other: link(room as SessionRow), session: link(draft) })
      continue
    }
    const speaker = findSpeakerClash(
      { ...draft, speakers: speakersOf(draft) },
      others.map((other) => ({ ...other, speakers: speakersOf(other) })),
    )
    if (speaker) clashes.push({ kind: 'speaker', other: link(speaker.session as unknown as SessionRow), session: link(draft) })
  }
  return clashes
}

type JobInput = { type?: 'publish' | 'unpublish'; doc?: { relationTo: CollectionSlug; value: Id } }

/** Payload's queued schedulePublish jobs still to run, soonest first, with their documents' titles. */
const scheduledPublications = async (payload: Payload, from: string, locale?: string): Promise<Attention['scheduled']> => {
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    limit: attentionLimit,
    overrideAccess: true,
    sort: 'waitUntil',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { waitUntil: { greater_than: from } }, { completedAt: { exists: false } }] },
  })
  const entries = []
  for (const job of jobs) {
    const { doc, type } = (job.input ?? {}) as JobInput
    if (!doc) continue
    const found = await payload
      .findByID({ collection: doc.relationTo, depth: 0, draft: true, id: doc.value, locale: locale as TypedLocale | undefined, overrideAccess: true })
      .catch(() => null)
    if (!found) continue
    const id = found.id as Id
    entries.push({ at: String(job.waitUntil), collection: doc.relationTo, id, title: untitled((found as { title?: unknown }).title, id), type: type ?? 'publish' })
  }
  return entries
}
