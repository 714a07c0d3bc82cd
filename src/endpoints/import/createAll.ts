import { type CollectionSlug, type PayloadRequest, ValidationError } from 'payload'

import type { ImportError, ImportItem } from '../../lib/import/types'
import type { Id } from '../../types'

type Created = { id: Id; line: number; title: string }

/**
 * Creates the rows one by one as the signed-in user. If Payload still refuses one (its own field
 * validation, a slug taken meanwhile), the rows created before it are deleted again, so a file is
 * imported whole or not at all; the refusal names the row's line and column.
 */
export const createAll = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  items: ImportItem<Record<string, unknown>>[],
  columnOf: (path: string) => string,
): Promise<Created[] | ImportError[]> => {
  const created: Created[] = []
  for (const item of items) {
    try {
      const doc = await req.payload.create({ collection, data: item.data as never, depth: 0, overrideAccess: false, req })
      created.push({ id: doc.id, line: item.line, title: item.title })
    } catch (error) {
      for (const { id } of [...created].reverse()) {
        await req.payload.delete({ collection, id, overrideAccess: true, req })
      }
      if (!(error instanceof ValidationError)) throw error
      return error.data.errors.map(({ message, path }) => ({ field: columnOf(path), line: item.line, message }))
    }
  }
  return created
}
