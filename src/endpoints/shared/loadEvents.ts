import type { PayloadRequest, PopulateType, SelectType, TypedLocale, Where } from 'payload'

import { pluginSlug } from '../../lib/pluginSlug'
import { printableDeep } from '../../lib/text/printable'
import type { EventsPluginConfig, Id } from '../../types'
import type { ExportLocale } from './answers'

/** A relationship as Payload returns it: an id, or the document when populated. */
export type Related<T> = Id | T | null | undefined

export const objectOf = <T>(value: Related<T>): T | undefined =>
  value && typeof value === 'object' ? (value as T) : undefined

export type VenueLike = {
  name?: string | null
  address?: { street?: string | null; postcode?: string | null; city?: string | null; country?: string | null } | null
  latitude?: number | null
  longitude?: number | null
}

/** The fields of an event that the exports (calendars, feeds, schedules) read. */
export type ExportEvent = {
  id: Id
  title: string
  slug?: string | null
  summary?: string | null
  start: string
  end: string
  status?: string | null
  updatedAt: string
  venue?: Related<VenueLike>
  organisers?: Related<{ name?: string | null }>[] | null
  contact?: { name?: string | null; email?: string | null } | null
}

export type ExportSession = {
  id: Id
  title: string
  abstract?: string | null
  start: string
  end: string
  room?: string | null
  updatedAt: string
  event: Related<{ id: Id }>
}

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

const sessionFields = { title: true, abstract: true, start: true, end: true, room: true, updatedAt: true, event: true } as const

/**
 * Reads as the visitor: `overrideAccess: false` with `req`, so the collections' own access rules
 * keep drafts from anyone not signed in. Depth 1 fills in venue and organisers. Every text comes
 * without the characters no export format can carry (`printableDeep`).
 */
export const findEvents = async (
  req: PayloadRequest,
  where: Where,
  locale: ExportLocale,
  limit = 0,
): Promise<ExportEvent[]> => {
  const { docs } = await req.payload.find({
    collection: pluginSlug(req.payload, 'events'),
    where,
    locale: locale as TypedLocale,
    depth: 1,
    select: eventFields,
    sort: 'start',
    overrideAccess: false,
    req,
    ...(limit ? { limit } : { pagination: false }),
  })
  return printableDeep(docs) as unknown as ExportEvent[]
}

/** What an export reads beyond the common session fields, and which relationships it fills in. */
export type SessionQuery = { select?: SelectType; depth?: number; populate?: PopulateType }

/** Published sessions only, even for a signed-in editor: an export is what the public gets. */
export const findSessions = async <T extends ExportSession = ExportSession>(
  req: PayloadRequest,
  where: Where,
  locale: ExportLocale,
  { select, depth = 0, populate }: SessionQuery = {},
): Promise<T[]> => {
  const { docs } = await req.payload.find({
    collection: pluginSlug(req.payload, 'sessions'),
    where: { and: [where, { _status: { equals: 'published' } }] },
    locale: locale as TypedLocale,
    depth,
    populate,
    select: { ...sessionFields, ...select },
    sort: 'start',
    pagination: false,
    overrideAccess: false,
    req,
  })
  return printableDeep(docs) as unknown as T[]
}

export const eventPage = (options: EventsPluginConfig, event: ExportEvent, locale: ExportLocale) =>
  event.slug ? options.pageUrl?.({ collection: 'events', slug: event.slug, locale }) : undefined
