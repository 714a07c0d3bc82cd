import type { CollectionSlug, Payload, Where } from 'payload'

import type { RevalidateArgs } from '@difu/programm'
import { alternates, type PageKind } from '../i18n/routes'

type Doc = Record<string, unknown>

/** Everything under the site's root layouts, for changes that can show up on any page. */
export const everyPage = '*'

const idOf = (value: unknown): number | string | undefined =>
  value && typeof value === 'object' ? ((value as Doc).id as number | string) : (value as number | string | undefined)

const ids = (...values: unknown[]): (number | string)[] =>
  [...new Set(values.flat().map(idOf).filter((id): id is number | string => id !== undefined && id !== null))]

const pages = (kind: PageKind, slugs: unknown[]): string[] =>
  [...new Set(slugs.filter((slug): slug is string => typeof slug === 'string' && slug !== ''))].flatMap(
    (slug) => Object.values(alternates(kind, slug)),
  )

const slugsOf = async (payload: Payload, collection: CollectionSlug, where: Where): Promise<string[]> => {
  const { docs } = await payload.find({ collection, depth: 0, limit: 0, overrideAccess: true, pagination: false, select: { slug: true }, where })
  return docs.map((doc) => (doc as Doc).slug as string)
}

const sessionsOfEvents = async (payload: Payload, eventIds: (number | string)[]) => {
  if (eventIds.length === 0) return []
  const { docs } = await payload.find({
    collection: 'sessions',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { speakers: true },
    where: { event: { in: eventIds } },
  })
  return docs
}

const speakerIdsOf = (sessions: Doc[]): (number | string)[] =>
  ids(...sessions.map((session) => ((session.speakers as Doc[] | undefined) ?? []).map((entry) => entry.speaker)))

const eventPages = async (payload: Payload, eventIds: (number | string)[]) =>
  eventIds.length === 0 ? [] : pages('event', await slugsOf(payload, 'events', { id: { in: eventIds } }))

const speakerPages = async (payload: Payload, speakerIds: (number | string)[]) =>
  speakerIds.length === 0 ? [] : pages('speaker', await slugsOf(payload, 'speakers', { id: { in: speakerIds } }))

const home = [...Object.values(alternates('home')), '/sitemap.xml']

const byCollection: Partial<Record<RevalidateArgs['collection'], (args: RevalidateArgs) => Promise<string[]>>> = {
  events: async ({ doc, previousDoc, req: { payload } }) => {
    const sessions = await sessionsOfEvents(payload, ids(doc.id))
    const venueIds = ids(doc.venue, previousDoc?.venue)
    return [
      ...home,
      ...pages('event', [doc.slug, previousDoc?.slug]),
      ...(venueIds.length ? pages('venue', await slugsOf(payload, 'venues', { id: { in: venueIds } })) : []),
      ...(await speakerPages(payload, speakerIdsOf(sessions))),
    ]
  },
  sessions: async ({ doc, previousDoc, req: { payload } }) => [
    ...(await eventPages(payload, ids(doc.event, previousDoc?.event))),
    ...(await speakerPages(payload, speakerIdsOf([doc, previousDoc ?? {}]))),
  ],
  speakers: async ({ doc, previousDoc, req: { payload } }) => {
    const { docs } = await payload.find({
      collection: 'sessions',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { event: true },
      where: { 'speakers.speaker': { equals: doc.id } },
    })
    return [
      ...pages('speaker', [doc.slug, previousDoc?.slug]),
      ...(await eventPages(payload, ids(...docs.map((session) => session.event)))),
    ]
  },
  venues: async ({ doc, previousDoc, req: { payload } }) => [
    ...pages('venue', [doc.slug, previousDoc?.slug]),
    ...pages('event', await slugsOf(payload, 'events', { venue: { equals: doc.id } })),
  ],
}

/**
 * The public pages that show a changed document, in both languages. Topics, organisations and
 * media can appear on any page, so their changes refresh every page.
 */
export const affectedPaths = async (args: RevalidateArgs): Promise<string[]> => {
  const paths = byCollection[args.collection]
  return paths ? [...new Set(await paths(args))] : [everyPage]
}
