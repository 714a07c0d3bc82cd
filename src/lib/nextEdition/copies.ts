import type { Id } from '../../types'
import { mentionsEdition, nextEditionNumber, renumberMentions, retitle } from './edition'
import { mapText, plainText } from './richText'
import { shiftDays } from './shift'

export type SourceEvent = {
  title: string
  edition?: number | null
  start: string
  end: string
  description?: unknown
  registration?: ({ deadline?: string | null; state?: string | null; url?: string | null } & Record<string, unknown>) | null
}

/** One language's texts of an event that name its edition. */
export type EditionTexts = { title?: string | null; description?: unknown }

/**
 * An event's title and description in one language for the next edition: the title renumbered,
 * the description's mentions of the old title too, and `review` when the description still
 * seems to name the old edition in other words, for the editor to check.
 */
export const renumberTexts = ({ title, description }: EditionTexts, edition: number) => {
  const renumbered = title && description ? mapText(description, (text) => renumberMentions(text, title, edition)) : description
  return {
    description: renumbered,
    review: Boolean(renumbered) && mentionsEdition(plainText(renumbered), edition - 1),
    title: title ? retitle(title, edition) : title,
  }
}

/**
 * Registration starts over: last year's link and deadline do not carry over, and a registration
 * that was open (or closed) is "not yet open" again; fee and places stay as a starting point.
 */
const freshRegistration = (registration: SourceEvent['registration']) =>
  registration
    ? {
        ...registration,
        deadline: null,
        state: registration.state === 'notRequired' || !registration.state ? registration.state : 'notYetOpen',
        url: null,
      }
    : undefined

/**
 * What changes in the copy of an event for its next edition; every other field is copied as it
 * is. A draft with a fresh slug (made from the new title), the dates moved and the status reset.
 */
export const nextEventData = (event: SourceEvent, days: number) => {
  const edition = nextEditionNumber(event.edition, event.title)
  const { description, review } = renumberTexts(event, edition)
  return {
    data: {
      _status: 'draft' as const,
      ...(event.description ? { description } : {}),
      edition,
      end: shiftDays(event.end, days),
      previousStart: null,
      registration: freshRegistration(event.registration),
      slug: null,
      start: shiftDays(event.start, days),
      status: 'scheduled' as const,
      title: retitle(event.title, edition),
    },
    review,
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
