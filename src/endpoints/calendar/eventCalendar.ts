import type { Endpoint } from 'payload'

import type { EventsPluginConfig } from '../../types'
import { readFlag, readLocale, refuse } from '../shared/answers'
import { eventPage, findEvents, findSessions } from '../shared/loadEvents'
import { uidHost } from '../shared/uidHost'
import { addEvent, addSession, calendarAnswer, newCalendar } from './buildCalendar'

/** `GET /api/events/:slug/ical[?sessions=1]`: the event, and with sessions=1 its programme too. */
export const eventCalendar = (options: EventsPluginConfig): Endpoint => ({
  path: '/:slug/ical',
  method: 'get',
  handler: async (req) => {
    const locale = readLocale(req)
    const withSessions = readFlag(req, 'sessions')
    const slug = String(req.routeParams?.slug ?? '')

    const [event] = await findEvents(req, { slug: { equals: slug } }, locale, 1)
    if (!event) return refuse(404, `No published event with the slug "${slug}".`)

    const url = eventPage(options, event, locale)
    const common = { host: uidHost(req.payload), url }
    const calendar = newCalendar(options, event.title, event.summary ?? undefined)
    addEvent(calendar, event, common)
    if (withSessions) {
      for (const session of await findSessions(req, { event: { equals: event.id } }, locale))
        addSession(calendar, session, event, common)
    }
    return calendarAnswer(calendar, event.slug || `event-${event.id}`)
  },
})
