import type { Validate } from 'payload'

import { formatEventDays, isOnEventDay } from '../../src/lib/conflicts/eventDays'
import { translate } from '../../src/translations'
import { pluginSlug } from '../../src/lib/pluginSlug'
import { type Relation, relationId } from '../../src/lib/relationId'

type SessionData = { event?: Relation }

/** A session must take place on one of its event's calendar days (in the event's time zone). */
export const validateWithinEventDays: Validate = async (value, { data, req }) => {
  const id = relationId((data as SessionData).event)
  if (!value || id === undefined) return true
  const found = (await req.payload
    .findByID({
      collection: pluginSlug(req.payload, 'events'),
      depth: 0,
      draft: true,
      id,
      overrideAccess: true,
      req,
      select: { end: true, start: true },
    })
    .catch(() => null)) as { end: string; start: string } | null
  if (!found) return translate(req, 'eventNotFound')
  if (isOnEventDay(value, found)) return true
  return translate(req, 'outsideEventDays', { days: formatEventDays(found) })
}
