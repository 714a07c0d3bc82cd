import type { PayloadRequest } from 'payload'

import type { Candidate } from '../../lib/import/references'
import { pluginSlug } from '../../lib/pluginSlug'

/**
 * Every document of a collection with its slug and name, for matching the file's references.
 * A speaker list or an organisation list has hundreds of entries, not millions: one query beats
 * one per cell. Read as the signed-in editor.
 */
export const loadCandidates = async (
  req: PayloadRequest,
  name: 'organisations' | 'speakers',
): Promise<Candidate[]> => {
  const { docs } = await req.payload.find({
    collection: pluginSlug(req.payload, name),
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    select: { name: true, slug: true },
  })
  return docs as Candidate[]
}
