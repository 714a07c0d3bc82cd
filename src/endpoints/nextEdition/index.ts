import type { Endpoint } from 'payload'

import type { EventsCollection } from '../../types'
import { nextEdition } from './nextEdition'

/** Starting next year's edition from this one: the event and its programme copied as drafts. */
export const nextEditionEndpoints = (): Partial<Record<EventsCollection, Endpoint[]>> => ({
  events: [nextEdition],
})
