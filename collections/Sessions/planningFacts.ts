import type { PayloadRequest } from 'payload'

import type { TimeSpan } from '../../src/lib/conflicts/overlaps'
import { pluginSlug } from '../../src/lib/pluginSlug'
import { type Relation, relationId } from '../../src/lib/relationId'
import type { Id } from '../../src/types'
import { overlappingSessions, type StoredSession } from './overlappingSessions'

export type EventFacts = { start: string; end: string; venue?: Relation }

type Rivals = { id?: Id; span: TimeSpan }

/**
 * What a session's publish rules read besides the session itself. A save asks the database for
 * each rule (`liveFacts`); the programme check hands them what it read once for the whole event
 * (see programmeFacts), so that N sessions do not cost N times the queries.
 */
export type PlanningFacts = {
  /** The event as editors see it (its latest draft); null if there is none. */
  event: (id: Id) => Promise<EventFacts | null>
  /** The other sessions at an overlapping time in the event or another event at its venue: they share its rooms. */
  roomRivals: (rivals: Rivals & { event: Id }) => Promise<StoredSession[]>
  /** The other sessions at an overlapping time with any of these people. */
  speakerRivals: (rivals: Rivals & { speakers: Id[] }) => Promise<StoredSession[]>
  /** The person's name as a conflict message shows it, or the ID if the person is gone. */
  speakerName: (id: Id) => Promise<string>
}

/** The event and every other event at the same venue. */
export const eventsSharingRooms = async (req: PayloadRequest, event: Id, venue: Id | undefined): Promise<Id[]> => {
  if (venue === undefined) return [event]
  const { docs } = await req.payload.find({
    collection: pluginSlug(req.payload, 'events'),
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: { venue: { equals: venue } },
  })
  return [event, ...docs.map((doc) => doc.id as Id).filter((other) => other !== event)]
}

export const liveFacts = (req: PayloadRequest): PlanningFacts => {
  const event: PlanningFacts['event'] = async (id) =>
    (await req.payload
      .findByID({
        collection: pluginSlug(req.payload, 'events'),
        depth: 0,
        draft: true,
        id,
        overrideAccess: true,
        req,
        select: { end: true, start: true, venue: true },
      })
      .catch(() => null)) as EventFacts | null
  return {
    event,
    roomRivals: async ({ event: id, ...rivals }) => {
      const events = await eventsSharingRooms(req, id, relationId((await event(id))?.venue))
      return overlappingSessions(req, { ...rivals, where: { event: { in: events } } })
    },
    speakerRivals: ({ speakers, ...rivals }) => overlappingSessions(req, { ...rivals, where: { 'speakers.speaker': { in: speakers } } }),
    speakerName: async (id) => {
      const person = await req.payload
        .findByID({ collection: pluginSlug(req.payload, 'speakers'), depth: 0, id, overrideAccess: true, req, select: { name: true } })
        .catch(() => null)
      return (person as { name?: string | null } | null)?.name ?? String(id)
    },
  }
}

/**
 * The facts the programme check handed in with a rule's options, else the database's: a rule
 * run by Payload on a save gets no such option.
 */
export const factsOf = (options: { req: PayloadRequest }): PlanningFacts =>
  (options as { planningFacts?: PlanningFacts }).planningFacts ?? liveFacts(options.req)
