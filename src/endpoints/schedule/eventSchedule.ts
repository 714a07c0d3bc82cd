import type { Endpoint, PayloadRequest } from 'payload'

import { pluginSlug } from '../../lib/pluginSlug'
import type { EventsPluginConfig } from '../../types'
import { readLocale, refuse } from '../shared/answers'
import { eventPage, findEvents, findSessions, type SessionQuery } from '../shared/loadEvents'
import { uidHost } from '../shared/uidHost'
import { buildSchedule, type Schedule, type ScheduleSession } from './buildSchedule'
import { scheduleJson } from './scheduleJson'
import { scheduleXml } from './scheduleXml'

const formats = {
  xml: { render: scheduleXml, type: 'application/xml; charset=utf-8' },
  json: { render: (schedule: Schedule) => JSON.stringify(scheduleJson(schedule), null, 2), type: 'application/json; charset=utf-8' },
}

/** The session fields a schedule reads beyond a calendar's, with people and files filled in. */
const scheduleQuery = (req: PayloadRequest): SessionQuery => ({
  select: {
    slug: true,
    kind: true,
    language: true,
    track: true,
    description: true,
    recordingUrl: true,
    speakers: true,
    materials: true,
  },
  depth: 1,
  populate: {
    [pluginSlug(req.payload, 'events')]: { slug: true },
    [pluginSlug(req.payload, 'speakers')]: { name: true },
    [pluginSlug(req.payload, 'media')]: { url: true, filename: true },
  },
})

/** Where a path of this server is for someone outside: the configured server URL, else the request's. */
const absoluteOn = (req: PayloadRequest) => (path: string) =>
  new URL(path, req.payload.config.serverURL || req.url || 'http://localhost/').toString()

/**
 * `GET /api/events/:slug/schedule.xml` and `schedule.json`: the published programme of a published
 * event in frab's format, which conference apps (EventFahrplan, Giggity, ConfClerk) read.
 */
export const eventSchedule = (options: EventsPluginConfig, format: keyof typeof formats): Endpoint => ({
  path: `/:slug/schedule.${format}`,
  method: 'get',
  handler: async (req) => {
    const locale = readLocale(req)
    const slug = String(req.routeParams?.slug ?? '')

    const [event] = await findEvents(req, { slug: { equals: slug } }, locale, 1)
    if (!event) return refuse(404, `No published event with the slug "${slug}".`)

    const sessions = await findSessions<ScheduleSession>(req, { event: { equals: event.id } }, locale, scheduleQuery(req))
    const sessionsApi = `${req.payload.config.routes.api}/${pluginSlug(req.payload, 'sessions')}`
    const schedule = buildSchedule(event, sessions, {
      locale,
      host: uidHost(req.payload),
      eventUrl: eventPage(options, event, locale),
      absolute: absoluteOn(req),
      sessionPath: (id) => `${sessionsApi}/${encodeURIComponent(String(id))}`,
    })
    return new Response(formats[format].render(schedule), { headers: { 'Content-Type': formats[format].type } })
  },
})
