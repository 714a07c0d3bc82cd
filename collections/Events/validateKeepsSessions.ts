import type { Validate } from 'payload'

import { eventDays, formatEventDays } from '../../src/lib/conflicts/eventDays'
import { translate } from '../../src/translations'
import { pluginSlug } from '../../src/lib/pluginSlug'
import { dayInZone } from '../../src/lib/timeZone'

type Span = { end?: string | null; start?: string | null }
type Session = { end: string; start: string; title: string }

/**
 * New event days must still hold the published programme, the session rule seen from the event:
 * a later start refuses the sessions left before it, an earlier end those left after it. Sessions
 * in draft are checked when they are published.
 */
export const validateKeepsSessions: Validate = async (value, { data, id, path, req }) => {
  const { end, start } = data as Span
  if (!value || !start || !end || id === undefined) return true
  const { first, last } = eventDays({ end, start })
  const atStart = path.at(-1) === 'start'
  const { docs } = await req.payload.find({
    collection: pluginSlug(req.payload, 'sessions'),
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { end: true, start: true, title: true },
    where: { and: [{ event: { equals: id } }, { _status: { equals: 'published' } }] },
  })
  const left = (docs as unknown as Session[]).filter((session) =>
    atStart ? dayInZone(session.start) < first : dayInZone(session.end) > last,
  )
  if (left.length === 0) return true
  const sessions = left.map(({ title }) => translate(req, 'quoted', { text: title })).join(', ')
  return translate(req, 'sessionsOutsideEventDays', { days: formatEventDays({ end, start }), sessions })
}
