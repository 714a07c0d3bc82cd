import type { CollectionSlug, PayloadRequest } from 'payload'

import { documentId } from '../../lib/documentId'
import type { Id } from '../../types'

type Target = { collection: CollectionSlug; id: Id }

/** The documents a relationship or upload value points to: one id, several, or `{ relationTo, value }`. */
export const targetsOf = (value: unknown, relationTo: CollectionSlug | CollectionSlug[]): Target[] | undefined => {
  const targets: Target[] = []
  for (const entry of Array.isArray(value) ? value : [value]) {
    if (entry === null || entry === undefined) continue
    const polymorphic = Array.isArray(relationTo)
    const raw = polymorphic ? (entry as { value?: unknown })?.value : entry
    const collection = polymorphic ? (entry as { relationTo?: CollectionSlug })?.relationTo : relationTo
    // a populated document (as read at depth > 0) stands for its id
    const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : raw
    if (typeof id !== 'number' && typeof id !== 'string') return undefined
    if (!collection || (polymorphic && !relationTo.includes(collection))) return undefined
    targets.push({ collection, id })
  }
  return targets
}

/**
 * The targets the save adds: those the field did not already point to before it (`previousValue`,
 * the stored document's value). Only these need reading; a save that leaves the field as it was
 * reads nothing for it.
 */
export const newTargets = (targets: Target[], previousValue: unknown, relationTo: CollectionSlug | CollectionSlug[]): Target[] => {
  const key = ({ collection, id }: Target) => `${collection}:${id}`
  const stored = new Set((targetsOf(previousValue, relationTo) ?? []).map(key))
  return targets.filter((target) => !stored.has(key(target)))
}

/** The targets that are not stored, read in the save's own transaction. */
export const missingTargets = async (targets: Target[], req: PayloadRequest): Promise<Target[]> => {
  const missing: Target[] = []
  const collections = [...new Set(targets.map(({ collection }) => collection))]
  for (const collection of collections) {
    const ids = [...new Set(targets.filter((target) => target.collection === collection).map(({ id }) => id))]
    // an id the database cannot hold (a number where ids are uuids) is unknown without asking
    const possible = ids.flatMap((id) => documentId(req.payload, id) ?? [])
    const found = possible.length
      ? await req.payload.find({
          collection,
          depth: 0,
          limit: 0,
          overrideAccess: true,
          pagination: false,
          req,
          select: {},
          where: { id: { in: possible } },
        })
      : { docs: [] }
    const stored = new Set(found.docs.map(({ id }) => String(id)))
    missing.push(...ids.filter((id) => !stored.has(String(documentId(req.payload, id)))).map((id) => ({ collection, id })))
  }
  return missing
}
