import type { PayloadRequest, Where } from 'payload'

import { pluginSlug } from '../../lib/pluginSlug'
import type { EventsPluginConfig } from '../../types'
import type { ExportLocale } from './answers'
import type { CalendarEvent, CalendarSession } from './buildCalendar'

const eventFields = {
  title: true,
  slug: true,
  summary: true,
  start: true,
  end: true,
  status: true,
  updatedAt: true,
  venue: true,
  organisers: true,
  contact: true,
} as const

/**
 * Reads as the visitor: `overrideAccess: false` with `req`, so the collections' own access rules
 * keep drafts from anyone not signed in. Depth 1 fills in venue and organisers.
 */
export const findEvents = async (
  req: PayloadRequest,
  where: Where,
  locale: ExportLocale,
  limit = 0,
): Promise<CalendarEvent[]> => {
  const { docs } = await req.payload.find({
    collection: pluginSlug(req.payload, 'events'),
    where,
    locale,
    depth: 1,
    select: eventFields,
    sort: 'start',
    overrideAccess: false,
    req,
    ...(limit ? { limit } : { pagination: false }),
  })
  return docs as unknown as CalendarEvent[]
}

/** Published sessions only, even for a signed-in editor: a calendar is what the public gets. */
export const findSessions = async (
  req: PayloadRequest,
  where: Where,
  locale: ExportLocale,
): Promise<(CalendarSession & { event: unknown })[]> => {
  const { docs } = await req.payload.find({
    collection: pluginSlug(req.payload, 'sessions'),
    where: { and: [where, { _status: { equals: 'published' } }] },
    locale,
    depth: 0,
    select: { title: true, abstract: true, start: true, end: true, room: true, updatedAt: true, event: true },
    sort: 'start',
    pagination: false,
    overrideAccess: false,
    req,
  })
  return docs as unknown as (CalendarSession & { event: unknown })[]
}

export const eventPage = (options: EventsPluginConfig, event: CalendarEvent, locale: ExportLocale) =>
  event.slug ? options.pageUrl?.({ collection: 'events', slug: event.slug, locale }) : undefined
