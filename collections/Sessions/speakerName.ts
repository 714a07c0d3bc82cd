import type { PayloadRequest } from 'payload'

import { pluginSlug } from '../../src/lib/pluginSlug'
import type { Id } from '../../src/types'

/** The person's name as a conflict message shows it, or the ID if the person is gone. */
export const speakerName = async (req: PayloadRequest, id: Id): Promise<string> => {
  const person = await req.payload
    .findByID({ collection: pluginSlug(req.payload, 'speakers'), depth: 0, id, overrideAccess: true, req, select: { name: true } })
    .catch(() => null)
  return (person as { name?: string | null } | null)?.name ?? String(id)
}
