import type { Endpoint } from 'payload'

import type { EventsPluginConfig } from '../../types'
import { errorAnswer, readLocale } from '../shared/answers'
import { eventPage, findEvents, findSessions } from '../shared/loadEvents'
import { uidHost } from '../shared/uidHost'
import { addSession, calendarAnswer, newCalendar } from './buildCalendar'

/** `GET /api/sessions/:id/ical`: one programme item, only while it and its event are public. */
export const sessionCalendar = (options: EventsPluginConfig): Endpoint => ({
  path: '/:id/ical',
  method: 'get',
  handler: async (req) => {
    const locale = readLocale(req)
    if (locale instanceof Response) return locale
    const id = String(req.routeParams?.id ?? '')
    const notFound = () => errorAnswer(404, `No published session with the id "${id}".`)
    // ids are numbers on SQL databases; a malformed one must answer 404, not a database error
    if (!/^[\w-]+$/.test(id)) return notFound()

    const [session] = await findSessions(req, { id: { equals: id } }, locale).catch(() => [])
    if (!session) return notFound()
    const eventId = session.event && typeof session.event === 'object' ? (session.event as { id: unknown }).id : session.event
    const [event] = await findEvents(req, { and: [{ id: { equals: eventId } }, { _status: { equals: 'published' } }] }, locale, 1)
    if (!event) return notFound()

    const calendar = newCalendar(session.title)
    addSession(calendar, session, event, { host: uidHost(req.payload), url: eventPage(options, event, locale) })
    return calendarAnswer(calendar, `${event.slug || `event-${event.id}`}-session-${session.id}`)
  },
})
