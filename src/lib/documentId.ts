import { isValidID, type Payload } from 'payload'

import type { Id } from '../types'

/** PostgreSQL's serial ids are 4-byte integers; SQLite's are larger, but never reach this. */
const largestSerial = 2_147_483_647
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The value as the database's id, or undefined when it cannot name a document there: serial ids
 * are whole numbers (a path or a form gives them as text), uuid ids are uuids, MongoDB's are
 * ObjectIds. Asked for anything else, a SQL database fails (and aborts the transaction of the
 * save that asked), so callers answer "not found" or "unknown" without asking.
 */
export const documentId = (payload: Payload, value: unknown): Id | undefined => {
  if (payload.db.defaultIDType === 'number') {
    const number = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value
    return typeof number === 'number' && Number.isInteger(number) && number > 0 && number <= largestSerial ? number : undefined
  }
  if (typeof value !== 'string' || value === '') return undefined
  if ((payload.db as { idType?: string }).idType === 'uuid') return uuid.test(value) ? value : undefined
  if (payload.db.name === 'mongoose') return isValidID(value, 'ObjectID') ? value : undefined
  return value
}
