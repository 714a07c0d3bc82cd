import type { Id } from '../../types'
import { toSlug } from '../slugify'

/** A document a cell may refer to by its slug or its name. */
export type Candidate = { id: Id; name?: string | null; slug?: string | null }

/**
 * The documents a cell such as "Anna Beispiel" or "anna-beispiel" refers to, best rule first:
 * the exact slug; else the name (any case; several namesakes come back, so the caller can ask for
 * the slug); else the slug the name would get. Empty when nothing matches.
 */
export const matchReference = <C extends Candidate>(reference: string, candidates: C[]): C[] => {
  const text = reference.trim()
  const bySlug = candidates.filter(({ slug }) => slug === text)
  if (bySlug.length > 0) return bySlug
  const byName = candidates.filter(({ name }) => name?.toLowerCase() === text.toLowerCase())
  if (byName.length > 0) return byName
  return candidates.filter(({ slug }) => slug === toSlug(text))
}
