import type { PayloadRequest, Where } from 'payload'

import type { TimeSpan } from '../../src/lib/conflicts/overlaps'
import { pluginSlug } from '../../src/lib/pluginSlug'
import type { Relation } from '../../src/lib/relationId'
import type { Id } from '../../src/types'

export type StoredSession = TimeSpan & {
  id: Id
  title: string
  room?: string | null
  speakers?: { speaker: Relation }[] | null
}

/** Set in `req.context` by the planning checks: compare with drafts too, as warnings while planning. */
export const withDrafts = 'conflictsWithDrafts'

/**
 * The published sessions (other than the one being saved) that overlap `span` and match `where`:
 * what the public programme already promises. Drafts are plans and block nothing; only the
 * planning checks (`withDrafts`) look at them, to warn before anything is published.
 */
export const overlappingSessions = async (
  req: PayloadRequest,
  { id, span, where }: { id?: Id; span: TimeSpan; where: Where },
): Promise<StoredSession[]> => {
  const drafts = req.context[withDrafts] === true
  const { docs } = await req.payload.find({
    collection: pluginSlug(req.payload, 'sessions'),
    depth: 0,
    draft: drafts,
    locale: req.locale && req.locale !== 'all' ? req.locale : undefined,
    overrideAccess: true,
    pagination: false,
    req,
    select: { end: true, room: true, speakers: true, start: true, title: true },
    where: {
      and: [
        where,
        ...(drafts ? [] : [{ _status: { equals: 'published' } }]),
        { start: { less_than: span.end } },
        { end: { greater_than: span.start } },
        ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
      ],
    },
  })
  return docs as unknown as StoredSession[]
}
