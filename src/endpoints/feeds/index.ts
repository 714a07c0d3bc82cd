import type { Endpoint } from 'payload'

import type { EventsCollection, EventsPluginConfig } from '../../types'
import { eventFeed } from './eventFeed'

/** RSS 2.0 and Atom 1.0 feeds of the upcoming events, for feed readers and other sites. */
export const feedEndpoints = (options: EventsPluginConfig): Partial<Record<EventsCollection, Endpoint[]>> => ({
  events: [eventFeed(options, 'rss'), eventFeed(options, 'atom')],
})
