import type { Endpoint } from 'payload'

import type { EventsCollection, EventsPluginConfig } from '../../types'
import { eventSchedule } from './eventSchedule'

/** frab-compatible schedules (XML and JSON) of one event, for conference apps. */
export const scheduleEndpoints = (options: EventsPluginConfig): Partial<Record<EventsCollection, Endpoint[]>> => ({
  events: [eventSchedule(options, 'xml'), eventSchedule(options, 'json')],
})
