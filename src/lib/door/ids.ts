import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload'

/** What the database makes of an id: a serial number, or a UUID / MongoDB ObjectId, or the site's own text. */
export type IdKind = 'generated text' | 'number' | 'text'

export const idKindOf = (config: SanitizedConfig, collection: SanitizedCollectionConfig): IdKind => {
  const own = collection.flattenedFields.find((field) => field.name === 'id')
  if (own) return own.type === 'number' ? 'number' : 'text'
  return (config.db as { defaultIDType?: string }).defaultIDType === 'number' ? 'number' : 'generated text'
}

const serial = /^[1-9]\d{0,15}$/
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const objectId = /^[0-9a-f]{24}$/i

/**
 * Whether `value` is an id exactly as the database writes it. Payload reads `3abc` and `1'` as 3
 * and 1 on SQL databases (`parseInt`), so a request for one document could reach another.
 */
export const isId = (value: unknown, kind: IdKind): boolean => {
  if (kind === 'number') {
    if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0
    return typeof value === 'string' && serial.test(value) && Number.isSafeInteger(Number(value))
  }
  if (typeof value !== 'string' || value.length === 0 || value.length > 200 || value.includes('\u0000')) return false
  return kind === 'text' || uuid.test(value) || objectId.test(value)
}
