import type { Endpoint } from 'payload'

import { documentId } from '../../lib/documentId'
import { relationId } from '../../lib/relationId'
import type { EventsPluginConfig } from '../../types'
import { readLocale, refuse } from '../shared/answers'
import { eventPage, findEvents, findSessions } from '../shared/loadEvents'
import { uidHost } from '../shared/uidHost'
import { addSession, calendarAnswer, newCalendar } from './buildCalendar'

/** `GET /api/sessions/:id/ical`: one programme item, only while it and its event are public. */
export const sessionCalendar = (options: EventsPluginConfig): Endpoint => ({
  path: '/:id/ical',
  method: 'get',
  handler: async (req) => {
    const locale = readLocale(req)
    const text = String(req.routeParams?.id ?? '')
    const notFound = () => refuse(404, `No published session with the id "${text}".`)
    // an id the database cannot hold names no session: asking would be a database error
    const id = documentId(req.payload, text) ?? notFound()

    const [session] = await findSessions(req, { id: { equals: id } }, locale)
    if (!session) return notFound()
    const eventId = relationId(session.event)
    const [event] = await findEvents(req, { and: [{ id: { equals: eventId } }, { _status: { equals: 'published' } }] }, locale, 1)
    if (!event) return notFound()

    const calendar = newCalendar(options, session.title)
    addSession(calendar, session, event, { host: uidHost(req.payload), url: eventPage(options, event, locale) })
    return calendarAnswer(calendar, `${event.slug || `event-${event.id}`}-session-${session.id}`)
  },
})
