import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type {
  EventLeaf,
  EventAttendanceModeEnumeration,
  EventStatusType,
  ItemAvailability,
  Offer,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  PostalAddress,
  VirtualLocation,
  WithContext,
} from 'schema-dts'

import { t, type Locale } from '../../i18n/dictionary'
import { populated } from '../populated'
import { isSpoken } from '../programme'
import { siteUrl } from '../siteUrl'
import {
  compact,
  isoInBerlin,
  mediaUrl,
  organisation,
  pageUrlOf,
  personStub,
  webUrl,
  type MediaInput,
  type OrganisationInput,
  type PersonInput,
} from './shared'

type RichText = Parameters<typeof convertLexicalToPlaintext>[0]['data']

export type VenueInput = {
  name: string
  slug?: string | null
  address?: { street?: string | null; postcode?: string | null; city?: string | null; country?: string | null } | null
  latitude?: number | null
  longitude?: number | null
}

export type EventInput = {
  title: string
  slug?: string | null
  summary?: string | null
  description?: RichText | null
  seo?: { description?: string | null; image?: number | MediaInput | null } | null
  heroImage?: number | MediaInput | null
  start: string
  end: string
  status: 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'movedOnline'
  previousStart?: string | null
  attendanceMode: 'offline' | 'online' | 'mixed'
  streamUrl?: string | null
  venue?: number | VenueInput | null
  organisers?: (number | OrganisationInput)[] | null
  registration?: {
    state?: 'notRequired' | 'notYetOpen' | 'open' | 'waitlist' | 'closed' | null
    url?: string | null
    deadline?: string | null
    fee?: string | null
  } | null
}

export type SessionInput = {
  id: number
  title: string
  slug?: string | null
  start: string
  end: string
  kind?: string | null
  room?: string | null
  abstract?: string | null
  language?: string | null
  speakers?: { speaker: number | PersonInput; role: string }[] | null
}

const statuses: Record<EventInput['status'], EventStatusType> = {
  cancelled: 'https://schema.org/EventCancelled',
  movedOnline: 'https://schema.org/EventMovedOnline',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  scheduled: 'https://schema.org/EventScheduled',
}

const attendanceModes: Record<EventInput['attendanceMode'], EventAttendanceModeEnumeration> = {
  mixed: 'https://schema.org/MixedEventAttendanceMode',
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
}

const availabilities: Record<string, ItemAvailability> = {
  closed: 'https://schema.org/SoldOut',
  notYetOpen: 'https://schema.org/PreOrder',
  open: 'https://schema.org/InStock',
  waitlist: 'https://schema.org/LimitedAvailability',
}

/** An event moved online is attended online, whatever mode it was planned with. */
const modeOf = (event: EventInput): EventInput['attendanceMode'] =>
  event.status === 'movedOnline' ? 'online' : event.attendanceMode

const postalAddress = (venue: VenueInput): PostalAddress =>
  compact<PostalAddress>({
    '@type': 'PostalAddress',
    addressCountry: venue.address?.country || undefined,
    addressLocality: venue.address?.city || undefined,
    postalCode: venue.address?.postcode || undefined,
    streetAddress: venue.address?.street || undefined,
  })

type Places = { place?: PlaceLeaf; virtual?: VirtualLocation }

/** The venue (for on-site attendance) and the stream (for online attendance) of an event. */
const placesOf = (event: EventInput, pageUrl: string | undefined, locale: Locale): Places => {
  const mode = modeOf(event)
  const venue = populated(event.venue)
  const url = pageUrlOf(locale, 'venue', venue?.slug)
  const place: PlaceLeaf | undefined =
    mode !== 'online' && venue
      ? compact<PlaceLeaf>({
          '@type': 'Place',
          '@id': url ? `${url}#place` : undefined,
          name: venue.name,
          address: postalAddress(venue),
          geo:
            typeof venue.latitude === 'number' && typeof venue.longitude === 'number'
              ? { '@type': 'GeoCoordinates', latitude: venue.latitude, longitude: venue.longitude }
              : undefined,
          url,
        })
      : undefined
  // an online event without a stream address yet points to its page, where the link will appear
  const streamUrl = webUrl(event.streamUrl) ?? pageUrl
  const virtual: VirtualLocation | undefined =
    mode !== 'offline' && streamUrl ? { '@type': 'VirtualLocation', url: streamUrl } : undefined
  return { place, virtual }
}

const locationOf = ({ place, virtual }: Places): EventLeaf['location'] => {
  const list = [place, virtual].filter((item): item is PlaceLeaf | VirtualLocation => Boolean(item))
  return list.length > 1 ? list : list[0]
}

/** A session's place: its room in the event's venue, or the event's stream. */
const sessionLocation = ({ place, virtual }: Places, room: string | null | undefined): EventLeaf['location'] => {
  const inRoom: PlaceLeaf | undefined =
    place && room
      ? compact<PlaceLeaf>({
          '@type': 'Place',
          name: `${room}, ${String(place.name)}`,
          address: place.address,
          containedInPlace: place['@id'] ? { '@id': place['@id'] } : undefined,
        })
      : place
  return locationOf({ place: inRoom, virtual })
}

const peopleOf = (session: SessionInput, locale: Locale): PersonLeaf[] =>
  (session.speakers ?? []).flatMap(({ speaker }) => {
    const person = populated(speaker)
    return person?.name ? [personStub(person, locale)] : []
  })

/**
 * A performer of a sub-event, already described among the event's performers: the @id joins the
 * two, so the programme does not repeat each person's job and organisation.
 */
const performerReference = (person: PersonLeaf): PersonLeaf =>
  person['@id'] ? { '@type': 'Person', '@id': person['@id'], name: person.name } : person

/** Each person once, in the order they first appear in the programme. */
const uniquePeople = (people: PersonLeaf[]): PersonLeaf[] => {
  const seen = new Set<string>()
  return people.filter((person) => {
    const key = String(person['@id'] ?? person.name)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** "150 €", "EUR 80,00" → 150 / 80.00; a fee in words ("kostenlos") gives none. */
const priceOf = (fee: string | null | undefined): string | undefined => {
  const match = fee?.match(/(\d+(?:[.,]\d{1,2})?)\s*(?:€|EUR|Euro)|(?:€|EUR)\s*(\d+(?:[.,]\d{1,2})?)/i)
  const amount = match?.[1] ?? match?.[2]
  return amount ? amount.replace(',', '.') : undefined
}

const offerOf = (event: EventInput, pageUrl: string | undefined): Offer | undefined => {
  const registration = event.registration ?? {}
  const url = webUrl(registration.url) ?? pageUrl
  if (!url) return undefined
  const price = priceOf(registration.fee)
  return compact<Offer>({
    '@type': 'Offer',
    url,
    availability: registration.state ? availabilities[registration.state] : undefined,
    validThrough: registration.deadline ? isoInBerlin(registration.deadline) : undefined,
    price,
    priceCurrency: price ? 'EUR' : undefined,
  })
}

const descriptionOf = (event: EventInput): string | undefined => {
  const text =
    event.seo?.description ||
    event.summary ||
    (event.description ? convertLexicalToPlaintext({ data: event.description }).replace(/\s+/g, ' ').trim() : '')
  return text || undefined
}

/** The languages spoken: those of the sessions, German (the institute's language) when none is set. */
const languagesOf = (sessions: SessionInput[]): string | string[] => {
  const languages = [...new Set(sessions.filter(isSpoken).map((session) => session.language!))]
  return languages.length === 0 ? 'de' : languages.length === 1 ? languages[0] : languages
}

type Args = { event: EventInput; sessions?: SessionInput[]; locale: Locale }

/**
 * The schema.org Event of an event page, as Google's event rich results read it: dates with
 * offset, status, attendance mode, place and/or stream, organisers, performers, image, offer,
 * and the programme as sub-events that point back to the event.
 */
export const eventJsonLd = ({ event, sessions = [], locale }: Args): WithContext<EventLeaf> => {
  const url = pageUrlOf(locale, 'event', event.slug)
  const id = url ? `${url}#event` : undefined
  const places = placesOf(event, url, locale)
  const status = statuses[event.status]
  const mode = attendanceModes[modeOf(event)]
  const image = mediaUrl(event.seo?.image) ?? mediaUrl(event.heroImage)
  const organisers = (event.organisers ?? []).flatMap((value) => {
    const found = populated(value)
    return found ? [organisation(found)] : []
  })
  const organizer: OrganizationLeaf[] = organisers.length
    ? organisers
    : [{ '@type': 'Organization', name: t(locale).footerOrganisation, url: siteUrl() }]
  const performers = uniquePeople(sessions.flatMap((session) => peopleOf(session, locale)))
  const superEvent = id ? { '@id': id } : undefined
  const subEvent = sessions.map((session) => {
    const sessionUrl = url ? `${url}#${session.slug ?? `session-${session.id}`}` : undefined
    return compact<EventLeaf>({
      '@type': 'Event',
      '@id': sessionUrl,
      name: session.title,
      description: session.abstract || undefined,
      startDate: isoInBerlin(session.start),
      endDate: isoInBerlin(session.end),
      eventStatus: status,
      eventAttendanceMode: mode,
      location: sessionLocation(places, session.room),
      performer: uniquePeople(peopleOf(session, locale)).map(performerReference),
      // a break or a reception is held in no language
      inLanguage: isSpoken(session) ? session.language! : undefined,
      url: sessionUrl,
      superEvent,
    })
  })
  return compact<WithContext<EventLeaf>>({
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': id,
    name: event.title,
    description: descriptionOf(event),
    startDate: isoInBerlin(event.start),
    endDate: isoInBerlin(event.end),
    previousStartDate:
      event.status === 'rescheduled' && event.previousStart ? isoInBerlin(event.previousStart) : undefined,
    eventStatus: status,
    eventAttendanceMode: mode,
    location: locationOf(places),
    organizer: organizer.length > 1 ? organizer : organizer[0],
    performer: performers,
    image: image ? [image] : undefined,
    offers: offerOf(event, url),
    inLanguage: languagesOf(sessions),
    url,
    subEvent,
  })
}
