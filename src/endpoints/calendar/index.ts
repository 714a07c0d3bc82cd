import type { Endpoint } from 'payload'

import type { EventsCollection, EventsPluginConfig } from '../../types'
import { eventCalendar } from './eventCalendar'
import { sessionCalendar } from './sessionCalendar'
import { upcomingCalendar } from './upcomingCalendar'

/** iCalendar (RFC 5545) exports: one event, one session, and a subscribable calendar. */
export const calendarEndpoints = (options: EventsPluginConfig): Partial<Record<EventsCollection, Endpoint[]>> => ({
  // the fixed path first, although it could not match `/:slug/ical` anyway
  events: [upcomingCalendar(options), eventCalendar(options)],
  sessions: [sessionCalendar(options)],
})
