import type { TextFieldSingleValidation } from 'payload'

import { findRoomClash } from '../../src/lib/conflicts/rooms'
import { translate } from '../../src/translations'
import { pluginSlug } from '../../src/lib/pluginSlug'
import { relationId } from '../../src/lib/relationId'
import type { Id } from '../../src/types'
import { overlappingSessions } from './overlappingSessions'

type SessionData = { event?: Id | { id: Id } | null; start?: string | null; end?: string | null }

/** The session's event and every other event at the same venue: they share its rooms. */
const eventsSharingRooms = async (req: Parameters<TextFieldSingleValidation>[1]['req'], event: Id): Promise<Id[]> => {
  const collection = pluginSlug(req.payload, 'events')
  const found = await req.payload
    .findByID({ collection, depth: 0, draft: true, id: event, overrideAccess: true, req, select: { venue: true } })
    .catch(() => null)
  const venue = relationId((found as { venue?: Id | { id: Id } | null } | null)?.venue)
  if (venue === undefined) return [event]
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: { venue: { equals: venue } },
  })
  return [event, ...docs.map((doc) => doc.id as Id).filter((other) => other !== event)]
}

/** One room holds one session at a time, across every event at the same venue. */
export const validateRoomFree: TextFieldSingleValidation = async (value, { data, id, req }) => {
  const { end, start } = data as SessionData
  const event = relationId((data as SessionData).event)
  if (!value?.trim() || !start || !end || event === undefined) return true
  const others = await overlappingSessions(req, {
    id,
    span: { end, start },
    where: { event: { in: await eventsSharingRooms(req, event) } },
  })
  const clash = findRoomClash({ end, id, room: value, start }, others)
  return clash ? translate(req, 'roomTaken', { room: value.trim(), session: clash.title }) : true
}
