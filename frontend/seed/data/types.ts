import { TZDate } from '@date-fns/tz'

import type { Event, Session, Venue } from '../../../payload-types'
import type { RichText } from '../richText'

/** A reader-facing value in both site languages; the seed writes `de` first, then `en`. */
export type Localized<T> = { de: T; en: T }

export type Text = Localized<string>

type Slug = string

/**
 * A local wall-clock time in Europe/Berlin ("2027-04-22", "09:30") as the UTC ISO string Payload
 * stores, so CET and CEST are handled by the time zone database, not by hand.
 */
export const berlin = (day: string, time: string): string => {
  const [year, month, date] = day.split('-').map(Number)
  const [hours, minutes] = time.split(':').map(Number)
  return new Date(new TZDate(year, month - 1, date, hours, minutes, 'Europe/Berlin').getTime()).toISOString()
}

export type TopicSeed = {
  slug: Slug
  name: Text
  description: Text
}

export type OrganisationSeed = {
  slug: Slug
  name: Text
  shortName: string
  url: string
}

export type VenueSeed = {
  slug: Slug
  name: Text
  address: Venue['address']
  latitude: number
  longitude: number
  rooms: { name: Text; capacity?: number; floor?: Text }[]
  accessibility: { stepFree: boolean; hearingLoop: boolean; accessibleToilet: boolean; notes: Text }
  directions: Text
  publicTransport: Text
  website?: string
}

export type SpeakerSeed = {
  slug: Slug
  honorific?: string
  givenName: string
  familyName: string
  position: Text
  /** Slug of an organisation. */
  organisation?: Slug
  bio: Localized<RichText>
  links?: { label: Text; url: string }[]
  /** Background colour of the generated portrait placeholder. */
  colour: string
}

export type EventSeed = {
  slug: Slug
  title: Text
  series?: Text
  edition?: number
  summary: Text
  description: Localized<RichText>
  start: string
  end: string
  status: Event['status']
  attendanceMode: Event['attendanceMode']
  /** Slug of a venue. */
  venue: Slug
  registration: {
    state: NonNullable<NonNullable<Event['registration']>['state']>
    url?: string
    deadline?: string
    fee?: Text
    capacity?: number
  }
  contact?: { name: string; email: string }
  seo?: { title: Text; description: Text }
  topics: Slug[]
  organisers: Slug[]
  partners?: Slug[]
}

export type SessionSeed = {
  slug: Slug
  /** Slug of the event. */
  event: Slug
  title: Text
  kind: Session['kind']
  language: NonNullable<Session['language']>
  start: string
  end: string
  room?: Text
  track?: Text
  speakers: { speaker: Slug; role: NonNullable<Session['speakers']>[number]['role'] }[]
  abstract: Text
  description?: Localized<RichText>
}
