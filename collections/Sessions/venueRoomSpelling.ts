import type { FieldHook } from 'payload'

import { normalRoom, sameRoom } from '../../src/lib/conflicts/rooms'
import { pluginSlug } from '../../src/lib/pluginSlug'
import { type Relation, relationId } from '../../src/lib/relationId'

type VenueRooms = { venue?: { rooms?: { name?: string | null }[] | null } | null }

/**
 * A room is stored as its venue spells it: "saal  1" typed for a venue with "Saal 1" becomes
 * "Saal 1", so the public programme never lists one room twice. A room the venue does not list
 * yet keeps its own spelling, with its spaces tidied.
 */
export const venueRoomSpelling: FieldHook = async ({ value, data, originalDoc, req }) => {
  if (typeof value !== 'string') return value
  const typed = normalRoom(value)
  if (!typed) return null
  const event = relationId((data?.event ?? originalDoc?.event) as Relation)
  if (event === undefined) return typed
  const locale = req.locale && req.locale !== 'all' ? req.locale : undefined
  const found = (await req.payload
    .findByID({
      collection: pluginSlug(req.payload, 'events'),
      depth: 1,
      draft: true,
      id: event,
      locale,
      overrideAccess: true,
      populate: { [pluginSlug(req.payload, 'venues')]: { rooms: true } },
      req,
      select: { venue: true },
    })
    // an unknown event is the event field's own error; the room stays as typed
    .catch(() => null)) as VenueRooms | null
  const known = (found?.venue?.rooms ?? []).find((room) => sameRoom(room.name, typed))
  return known?.name ? normalRoom(known.name) : typed
}
