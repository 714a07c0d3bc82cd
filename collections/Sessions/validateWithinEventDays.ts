import type { Validate } from 'payload'

import { formatEventDays, isOnEventDay } from '../../src/lib/conflicts/eventDays'
import { message } from '../../src/lib/messages'
import { pluginSlug } from '../../src/lib/pluginSlug'

type SessionData = { event?: number | string | { id: number | string } | null }

/** A session must take place on one of its event's calendar days (in the event's time zone). */
export const validateWithinEventDays: Validate = async (value, { data, req }) => {
  const event = (data as SessionData).event
  if (!value || !event) return true
  const id = typeof event === 'object' ? event.id : event
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
  if (!found) return message(req, 'eventNotFound')
  if (isOnEventDay(value, found)) return true
  return message(req, 'outsideEventDays', { days: formatEventDays(found) })
}
