import type { PayloadRequest } from 'payload'

import { overlaps, type TimeSpan } from '../../src/lib/conflicts/overlaps'
import { documentId } from '../../src/lib/documentId'
import { pluginSlug } from '../../src/lib/pluginSlug'
import { type Relation, relationId } from '../../src/lib/relationId'
import type { Id } from '../../src/types'
import { overlappingSessions, type StoredSession } from './overlappingSessions'
import { eventsSharingRooms, liveFacts, type PlanningFacts } from './planningFacts'

export type ProgrammeSession = { id: Id; start?: string | null; end?: string | null; speakers?: { speaker?: Relation }[] | null }

/** The people of these sessions, once each, as ids the database can hold. */
const peopleOf = (req: PayloadRequest, sessions: { speakers?: { speaker?: Relation }[] | null }[]): Id[] => [
  ...new Set(sessions.flatMap(({ speakers }) => (speakers ?? []).flatMap(({ speaker }) => documentId(req.payload, relationId(speaker)) ?? []))),
]

const time = (instant: string): number => new Date(instant).getTime()

/** From the earliest start to the latest end of the sessions that have both; undefined if none has. */
const hoursOf = (sessions: ProgrammeSession[]): TimeSpan | undefined => {
  const spans = sessions.flatMap(({ end, start }) => (start && end ? [{ end, start }] : []))
  if (spans.length === 0) return undefined
  return {
    end: spans.reduce((latest, { end }) => (time(end) > time(latest) ? end : latest), spans[0].end),
    start: spans.reduce((earliest, { start }) => (time(start) < time(earliest) ? start : earliest), spans[0].start),
  }
}

/** As the database's query for rivals reads them: overlapping the span, the session itself left out. */
const rivalsAmong = (candidates: StoredSession[], { id, span }: { id?: Id; span: TimeSpan }): StoredSession[] =>
  candidates.filter((other) => other.id !== id && overlaps(span, other))

/** The names of these people, one query for all; a person who is gone is named by the ID, as on a save. */
const namesOf = async (req: PayloadRequest, people: Id[]): Promise<Map<Id, string>> => {
  const names = new Map(people.map((id) => [id, String(id)]))
  if (people.length === 0) return names
  const { docs } = await req.payload.find({
    collection: pluginSlug(req.payload, 'speakers'),
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { name: true },
    where: { id: { in: people } },
  })
  for (const person of docs as { id: Id; name?: string | null }[]) if (person.name) names.set(person.id, person.name)
  return names
}

/**
 * The facts for checking every session of one event at once, read with a fixed number of
 * queries: the event, the events sharing its venue, every session that could clash with one of
 * the programme's (in those events, or with one of its people, within the programme's hours) and
 * the names of its people. Each rule then takes its share in memory, in the order the database
 * gave; whatever lies outside the programme is asked of the database, as on a save.
 */
export const programmeFacts = async (req: PayloadRequest, event: Id, sessions: ProgrammeSession[]): Promise<PlanningFacts> => {
  const live = liveFacts(req)
  const found = await live.event(event)
  const people = peopleOf(req, sessions)
  const names = await namesOf(req, people)
  const whole = hoursOf(sessions)
  const inRooms = whole
    ? await overlappingSessions(req, { span: whole, where: { event: { in: await eventsSharingRooms(req, event, relationId(found?.venue)) } } })
    : []
  const withPeople = whole && people.length > 0 ? await overlappingSessions(req, { span: whole, where: { 'speakers.speaker': { in: people } } }) : []
  const covered = (span: TimeSpan): boolean => whole !== undefined && time(span.start) >= time(whole.start) && time(span.end) <= time(whole.end)
  return {
    event: async (id) => (id === event ? found : live.event(id)),
    roomRivals: async (rivals) => (rivals.event === event && covered(rivals.span) ? rivalsAmong(inRooms, rivals) : live.roomRivals(rivals)),
    speakerName: async (id) => names.get(id) ?? live.speakerName(id),
    speakerRivals: async (rivals) =>
      rivals.speakers.every((id) => people.includes(id)) && covered(rivals.span)
        ? rivalsAmong(withPeople, rivals).filter((other) => peopleOf(req, [other]).some((id) => rivals.speakers.includes(id)))
        : live.speakerRivals(rivals),
  }
}
