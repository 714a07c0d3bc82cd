import { nextEditionNumber, retitle } from './edition'
import { shiftDays, shiftOptional } from './shift'

type Id = number | string

export type SourceEvent = {
  title: string
  edition?: number | null
  start: string
  end: string
  registration?: ({ deadline?: string | null } & Record<string, unknown>) | null
}

/**
 * What changes in the copy of an event for its next edition; every other field is copied as it
 * is. A draft with a fresh slug (made from the new title), the dates moved and the status reset.
 */
export const nextEventData = (event: SourceEvent, days: number) => {
  const edition = nextEditionNumber(event.edition, event.title)
  return {
    _status: 'draft' as const,
    edition,
    end: shiftDays(event.end, days),
    previousStart: null,
    registration: event.registration
      ? { ...event.registration, deadline: shiftOptional(event.registration.deadline, days) }
      : undefined,
    slug: null,
    start: shiftDays(event.start, days),
    status: 'scheduled' as const,
    title: retitle(event.title, edition),
  }
}

export type SourceSession = {
  start: string
  end: string
  speakers?: ({ id?: string | null } & Record<string, unknown>)[] | null
}

/**
 * A session of the next edition: a draft in the new event, moved by the same days. The people
 * stay but must confirm again; slides and recordings belong to the past edition.
 */
export const nextSessionData = (session: SourceSession, event: Id, days: number) => ({
  _status: 'draft' as const,
  end: shiftDays(session.end, days),
  event,
  materials: [],
  recordingUrl: null,
  slug: null,
  speakers: (session.speakers ?? []).map(({ id: _id, ...entry }) => ({ ...entry, needsConfirmation: true })),
  start: shiftDays(session.start, days),
})
