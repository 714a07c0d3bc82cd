import { createHash } from 'node:crypto'

import type { Id } from '../../types'

/**
 * frab numbers programme items and people with positive integers, but a document's id may be a
 * string (uuid ids, MongoDB's ObjectIds). A number stays as it is; a string becomes the first 6
 * bytes of its SHA-256 plus one: the same id always gives the same number, which is never 0 and
 * stays below 2^53, so JSON readers and apps keep it exact.
 */
export const frabId = (id: Id): number =>
  typeof id === 'number' ? id : createHash('sha256').update(id, 'utf8').digest().readUIntBE(0, 6) + 1
