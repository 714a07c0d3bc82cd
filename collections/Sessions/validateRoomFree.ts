import type { TextFieldSingleValidation } from 'payload'

import { findRoomClash } from '../../src/lib/conflicts/rooms'
import { translate } from '../../src/translations'
import { relationId } from '../../src/lib/relationId'
import type { Id } from '../../src/types'
import { factsOf } from './planningFacts'

type SessionData = { event?: Id | { id: Id } | null; start?: string | null; end?: string | null }

/** One room holds one session at a time, across every event at the same venue. */
export const validateRoomFree: TextFieldSingleValidation = async (value, options) => {
  const { data, id, req } = options
  const { end, start } = data as SessionData
  const event = relationId((data as SessionData).event)
  if (!value?.trim() || !start || !end || event === undefined) return true
  const others = await factsOf(options).roomRivals({ event, id, span: { end, start } })
  const clash = findRoomClash({ end, id, room: value, start }, others)
  return clash ? translate(req, 'roomTaken', { room: value.trim(), session: clash.title }) : true
}
