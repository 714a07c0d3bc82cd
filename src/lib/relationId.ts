import type { Id } from '../types'

/** A relationship value as Payload gives it (an id, or the populated document at depth > 0). */
export type Relation = Id | { id: Id } | null | undefined

/** The id a relationship value points to, however deep it was read. */
export const relationId = (value: Relation): Id | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)
