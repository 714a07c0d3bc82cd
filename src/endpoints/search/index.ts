import type { Endpoint } from 'payload'

import type { EventsCollection, EventsPluginConfig } from '../../types'
import { eventSearch } from './eventSearch'

/** The map search over published events: text, topics, dates, distance from a place. */
export const searchEndpoints = (options: EventsPluginConfig): Partial<Record<EventsCollection, Endpoint[]>> => ({
  events: [eventSearch(options)],
})
