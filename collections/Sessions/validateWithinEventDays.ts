import type { Validate } from 'payload'

import { formatEventDays, isOnEventDay } from '../../src/lib/conflicts/eventDays'
import { translate } from '../../src/translations'
import { type Relation, relationId } from '../../src/lib/relationId'
import { factsOf } from './planningFacts'

type SessionData = { event?: Relation }

/** A session must take place on one of its event's calendar days (in the event's time zone). */
export const validateWithinEventDays: Validate = async (value, options) => {
  const { data, req } = options
  const id = relationId((data as SessionData).event)
  if (!value || id === undefined) return true
  const found = await factsOf(options).event(id)
  if (!found) return translate(req, 'eventNotFound')
  if (isOnEventDay(value, found)) return true
  return translate(req, 'outsideEventDays', { days: formatEventDays(found) })
}
