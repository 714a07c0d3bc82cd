import type { Payload, PayloadRequest, SelectType, TypedLocale, Where } from 'payload'

import { listingTitle } from '../listingTitle'
import { pluginSlug } from '../pluginSlug'
import { findPlace, placeKey } from './gazetteer'
import { boundingBox, distanceKm, roundKm, type Point } from './geo'
import { hasWildcards, holdsWords, withoutWildcards } from './literalText'
import type { ParamError, SearchLocale, SearchQuery } from './params'
import { eventsWhere, type TextMatches, venuesInBoxWhere } from './where'
import type { Id, SiteOptions } from '../../types'

export type FoundVenue = { id: Id; name: string; city: string | null; lat: number; lng: number }

export type FoundEvent = {
  id: Id
  slug: string | null
  title: string
  /** The title as the site lists events, with its prefix (see the plugin's `site.listingPrefix`). */
  listingTitle: string
  start: string
  end: string
  status: string | null
  attendanceMode: string | null
  url?: string
  venue: FoundVenue | null
  /** km from `near`, when it was given. */
  distance?: number
}

export type GeoJson = {
  type: 'FeatureCollection'
  features: {
    type: 'Feature'
    geometry: { type: 'Point'; coordinates: [number, number] }
    properties: Omit<FoundEvent, 'venue'> & { venue: string; city: string | null }
  }[]
}

export type SearchResult = {
  docs: FoundEvent[]
  totalDocs: number
  page: number
  limit: number
  totalPages: number
  /** Where the search measured from, once a place name was looked up. */
  near?: Point & { radiusKm: number }
  geojson: GeoJson
}

export type SearchContext = {
  payload: Payload
  /** The request of an endpoint, so access rules see its user; the map page has none (a visitor). */
  req?: PayloadRequest
  /** The public page of an event in the search's language. */
  pageUrl?: (slug: string, locale: SearchLocale) => string | undefined
  /** The site's options, for the listing titles. */
  site?: SiteOptions
}

type VenueDoc = { id: Id; name?: string | null; address?: { city?: string | null }; latitude?: number; longitude?: number }

const coordinates = { latitude: true, longitude: true } as const
const venueDetails = { name: true, address: { city: true }, latitude: true, longitude: true } as const

/**
 * Reads as a visitor: `overrideAccess: false` keeps drafts out even though Local API calls inside
 * an endpoint would otherwise skip access control; with `req` the rules see its user.
 */
const asVisitor = ({ req }: SearchContext, locale: SearchLocale) => ({
  depth: 0 as const,
  draft: false as const,
  // no join fields (a venue's events, an event's sessions): they would cost a query per document;
  // typed loosely, as Payload types `joins` per collection and these slugs are the site's choice
  ...({ joins: false } as object),
  // one of the site's locales: parseSearchParams accepts no other
  locale: locale as TypedLocale,
  overrideAccess: false as const,
  req,
})

/**
 * Venues, by default only their coordinates: localized fields (the name) cost a join per row, so
 * names are read only for the venues of the events on the page.
 */
const findVenues = async (
  context: SearchContext,
  locale: SearchLocale,
  where: Where,
  select: SelectType = coordinates,
): Promise<VenueDoc[]> => {
  const { docs } = await context.payload.find({
    ...asVisitor(context, locale),
    collection: pluginSlug(context.payload, 'venues'),
    pagination: false,
    select,
    where,
  })
  return docs as unknown as VenueDoc[]
}

const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length

/** The middle of some venues, for a postcode or town known only from the venues stored. */
const centreOf = (venues: VenueDoc[]): Point | undefined => {
  const located = venues.filter((venue) => typeof venue.latitude === 'number' && typeof venue.longitude === 'number')
  if (!located.length) return undefined
  return { lat: mean(located.map((venue) => venue.latitude as number)), lng: mean(located.map((venue) => venue.longitude as number)) }
}

/**
 * A place name to coordinates without a geocoding service: a postcode from the venues stored,
 * a city from the bundled gazetteer, else from the cities of the venues stored.
 */
export const resolvePlace = async (context: SearchContext, place: string): Promise<Point | undefined> => {
  if (/^\d{5}$/.test(place)) return centreOf(await findVenues(context, 'de', { 'address.postcode': { equals: place } }))
  const known = findPlace(place)
  if (known) return { lat: known.lat, lng: known.lng }
  const candidates = await findVenues(context, 'de', { 'address.city': { like: place } }, { ...coordinates, address: { city: true } })
  return centreOf(candidates.filter((venue) => placeKey(venue.address?.city ?? '') === placeKey(place)))
}

const idsOf = (docs: unknown[]): Id[] => docs.map((doc) => (doc as { id: Id }).id)

/**
 * Documents whose fields hold `q`: by `like` in the database, or for a text with SQL wildcards
 * by `like` on its other words and then literally here (see literalText).
 */
const findByText = async (
  context: SearchContext,
  locale: SearchLocale,
  collection: 'events' | 'speakers' | 'venues',
  fields: string[],
  q: string,
): Promise<Record<string, unknown>[]> => {
  const literal = hasWildcards(q)
  const asked = literal ? withoutWildcards(q) : q
  const { docs } = await context.payload.find({
    ...asVisitor(context, locale),
    collection: pluginSlug(context.payload, collection),
    pagination: false,
    select: Object.fromEntries(fields.map((field) => [field.split('.')[0], true])),
    where: { or: fields.map((field) => ({ [field]: { like: asked } })) },
  })
  const valueAt = (doc: Record<string, unknown>, field: string) =>
    field.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], doc)
  const rows = docs as unknown as Record<string, unknown>[]
  return literal ? rows.filter((doc) => fields.some((field) => holdsWords(valueAt(doc, field) as string, q))) : rows
}

/** Events where a speaker of a published session, or the venue's city, matches the text. */
const textMatches = async (context: SearchContext, locale: SearchLocale, q: string): Promise<TextMatches> => {
  const { payload } = context
  const speakers = { docs: await findByText(context, locale, 'speakers', ['name'], q) }
  const sessions = speakers.docs.length
    ? await payload.find({
        ...asVisitor(context, locale),
        collection: pluginSlug(payload, 'sessions'),
        pagination: false,
        select: { event: true },
        where: { and: [{ 'speakers.speaker': { in: idsOf(speakers.docs) } }, { _status: { equals: 'published' } }] },
      })
    : { docs: [] }
  const eventIds = [...new Set(sessions.docs.map((session) => (session as { event: Id }).event))]
  const venues = await findByText(context, locale, 'venues', ['address.city'], q)
  const literalIds = hasWildcards(q)
    ? idsOf(await findByText(context, locale, 'events', ['title', 'summary'], q))
    : undefined
  return { eventIds, literalIds, venueIds: idsOf(venues) }
}

const foundVenue = (venue: VenueDoc | undefined): FoundVenue | null =>
  venue && typeof venue.latitude === 'number' && typeof venue.longitude === 'number'
    ? { id: venue.id, name: venue.name ?? '', city: venue.address?.city ?? null, lat: venue.latitude, lng: venue.longitude }
    : null

export const toGeoJson = (docs: FoundEvent[]): GeoJson => ({
  type: 'FeatureCollection',
  features: docs.flatMap(({ venue, ...event }) =>
    venue
      ? [
          {
            type: 'Feature' as const,
            geometry: { type: 'Point' as const, coordinates: [venue.lng, venue.lat] as [number, number] },
            properties: { ...event, venue: venue.name, city: venue.city },
          },
        ]
      : [],
  ),
})

type EventDoc = Omit<FoundEvent, 'venue' | 'url' | 'distance' | 'title' | 'listingTitle'> & { venue?: Id | null }

/** Without the (localized) title: sorting and paging over a locale join is what makes a search slow. */
const eventSelect = { slug: true, start: true, end: true, status: true, attendanceMode: true, venue: true } as const

const emptyResult = (query: SearchQuery, near?: SearchResult['near']): SearchResult => ({
  docs: [],
  geojson: toGeoJson([]),
  limit: query.limit,
  near,
  page: query.page,
  totalDocs: 0,
  totalPages: 0,
})

/**
 * The map search: published events matching the filters, each with its venue and, with `near`,
 * its distance. The venues come from a bounding-box query on their indexed latitude/longitude,
 * then the exact great-circle distance cuts the box down to the radius; the same on SQLite,
 * PostgreSQL and MongoDB. Answers `errors` for a topic or place that does not exist.
 */
export const searchEvents = async (
  context: SearchContext,
  query: SearchQuery,
): Promise<{ result: SearchResult; errors?: undefined } | { result?: undefined; errors: ParamError[] }> => {
  const { payload } = context
  const { locale } = query
  const errors: ParamError[] = []

  let topicIds: Id[] = []
  if (query.topics.length) {
    const { docs } = await payload.find({
      ...asVisitor(context, locale),
      collection: pluginSlug(payload, 'topics'),
      pagination: false,
      select: { slug: true },
      where: { slug: { in: query.topics } },
    })
    const known = new Set(docs.map((topic) => (topic as { slug?: string }).slug))
    for (const slug of query.topics.filter((topic) => !known.has(topic)))
      errors.push({ message: `Unknown topic "${slug}" in parameter "topic".`, parameter: 'topic', problem: 'unknown' })
    topicIds = idsOf(docs)
  }

  let centre: Point | undefined
  if (query.near) {
    centre = 'point' in query.near ? query.near.point : await resolvePlace(context, query.near.place)
    if (!centre) {
      const place = 'place' in query.near ? query.near.place : ''
      errors.push({ message: `Unknown place "${place}" in parameter "near": give a German city, a postcode or "lat,lng".`, parameter: 'near', problem: 'unknown' })
    }
  }
  if (errors.length) return { errors }

  const near = centre && { ...centre, radiusKm: query.radiusKm }
  const distances = new Map<Id, number>()
  const venues = new Map<Id, VenueDoc>()
  if (centre) {
    for (const venue of await findVenues(context, locale, venuesInBoxWhere(boundingBox(centre, query.radiusKm)))) {
      const km = distanceKm(centre, { lat: venue.latitude as number, lng: venue.longitude as number })
      if (km <= query.radiusKm) {
        distances.set(venue.id, km)
        venues.set(venue.id, venue)
      }
    }
    if (!venues.size) return { result: emptyResult(query, near) }
  }

  const where = eventsWhere({
    query,
    text: query.q ? await textMatches(context, locale, query.q) : undefined,
    topicIds,
    venueIds: centre ? [...venues.keys()] : undefined,
  })
  const byDistance = query.sort === 'distance'
  // by date the database pages; by distance every match is needed to order them here
  const found = await payload.find({
    ...asVisitor(context, locale),
    collection: pluginSlug(payload, 'events'),
    select: eventSelect,
    sort: 'start',
    where,
    ...(byDistance ? { pagination: false } : { limit: query.limit, page: query.page }),
  })
  let events = found.docs as unknown as EventDoc[]
  const totalDocs = found.totalDocs
  if (byDistance) {
    const from = (query.page - 1) * query.limit
    events = events
      .sort((a, b) => (distances.get(a.venue as Id) ?? Infinity) - (distances.get(b.venue as Id) ?? Infinity))
      .slice(from, from + query.limit)
  }

  // titles and venue names only for the page's events: two small queries by id
  const pageIds = events.map((event) => event.id)
  const venueIds = [...new Set(events.map((event) => event.venue).filter((id): id is Id => id != null))]
  const [titled, named] = await Promise.all([
    pageIds.length
      ? payload.find({
          ...asVisitor(context, locale),
          collection: pluginSlug(payload, 'events'),
          depth: 1,
          pagination: false,
          populate: { [pluginSlug(payload, 'organisations')]: { shortName: true } },
          select: { organisers: true, title: true },
          where: { id: { in: pageIds } },
        })
      : { docs: [] },
    venueIds.length ? findVenues(context, locale, { id: { in: venueIds } }, venueDetails) : [],
  ])
  const titles = new Map(titled.docs.map((doc) => [(doc as { id: Id }).id, doc as unknown as Parameters<typeof listingTitle>[0]]))
  for (const venue of named) venues.set(venue.id, venue)

  const docs: FoundEvent[] = events.map(({ venue, ...event }) => {
    const km = venue != null ? distances.get(venue) : undefined
    return {
      ...event,
      title: titles.get(event.id)?.title ?? '',
      listingTitle: listingTitle(titles.get(event.id) ?? { title: '' }, locale, context.site),
      url: event.slug ? context.pageUrl?.(event.slug, locale) : undefined,
      venue: foundVenue(venue != null ? venues.get(venue) : undefined),
      ...(km === undefined ? {} : { distance: roundKm(km) }),
    }
  })
  return {
    result: {
      docs,
      geojson: toGeoJson(docs),
      limit: query.limit,
      near,
      page: query.page,
      totalDocs,
      totalPages: Math.ceil(totalDocs / query.limit),
    },
  }
}
