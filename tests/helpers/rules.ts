import type { CollectionSlug, Payload } from 'payload'

import { createEvent, createSpeaker, eventData, type Id, pngFile, sessionData, type UploadFile } from './fixtures'

/**
 * The save rules of the content model, each with a document that passes and a change that breaks
 * it. The Local API and the REST tests both run them. Messages are the German ones (the default
 * admin language).
 */

/** Documents the rules refer to. */
export type Refs = { event: Id; speaker: Id; takenSlug: string }

export const createRefs = async (payload: Payload): Promise<Refs> => {
  const taken = await createEvent(payload, { slug: 'vergeben', title: 'Schon da' })
  return {
    event: (await createEvent(payload)).id,
    speaker: (await createSpeaker(payload)).id,
    takenSlug: taken.slug as string,
  }
}

export type Doc = Record<string, unknown>

export type Rule = {
  rule: string
  collection: CollectionSlug
  /** A document that passes. */
  valid: (refs: Refs) => Doc
  file?: () => Promise<UploadFile>
  /** The change that breaks the rule. */
  invalid: (refs: Refs) => Doc
  paths: string[]
  message?: string
}

export const rules: Rule[] = [
  {
    rule: 'an event cannot end before it starts',
    collection: 'events',
    valid: () => eventData(),
    invalid: () => ({ end: '2025-05-12T06:00:00.000Z' }),
    paths: ['end'],
    message: 'Das Ende muss nach dem Beginn liegen.',
  },
  {
    rule: 'an event cannot end when it starts',
    collection: 'events',
    valid: () => eventData(),
    invalid: () => ({ end: '2025-05-12T07:00:00.000Z' }),
    paths: ['end'],
    message: 'Das Ende muss nach dem Beginn liegen.',
  },
  {
    rule: 'a session lies on a day of its event',
    collection: 'sessions',
    valid: (refs) => sessionData(refs.event),
    invalid: () => ({ end: '2025-05-14T09:00:00.000Z', start: '2025-05-14T08:00:00.000Z' }),
    paths: ['end', 'start'],
    message: 'Der Programmpunkt muss an einem Tag der Veranstaltung liegen (2025-05-12 – 2025-05-13).',
  },
  {
    rule: 'a session ending after midnight in Berlin (still the same day in UTC) is outside a day of its event',
    collection: 'sessions',
    valid: (refs) => sessionData(refs.event),
    invalid: () => ({ end: '2025-05-13T22:30:00.000Z', start: '2025-05-13T20:00:00.000Z' }),
    paths: ['end'],
    message: 'Der Programmpunkt muss an einem Tag der Veranstaltung liegen',
  },
  {
    rule: 'a session cannot end before it starts',
    collection: 'sessions',
    valid: (refs) => sessionData(refs.event),
    invalid: () => ({ end: '2025-05-12T07:30:00.000Z' }),
    paths: ['end'],
    message: 'Das Ende muss nach dem Beginn liegen.',
  },
  {
    rule: 'latitude lies within ±90°',
    collection: 'venues',
    valid: () => ({ address: { city: 'Köln' }, latitude: 50.938, longitude: 6.958, name: 'Rathaus' }),
    invalid: () => ({ latitude: 200 }),
    paths: ['latitude'],
  },
  {
    rule: 'longitude lies within ±180°',
    collection: 'venues',
    valid: () => ({ address: { city: 'Köln' }, latitude: 50.938, longitude: 6.958, name: 'Rathaus' }),
    invalid: () => ({ longitude: -181 }),
    paths: ['longitude'],
  },
  {
    rule: 'an image has alternative text',
    collection: 'media',
    valid: () => ({ alt: 'Podium im Ratssaal' }),
    file: () => pngFile(40, 30),
    invalid: () => ({ alt: '  ' }),
    paths: ['alt'],
    message: 'Bilder brauchen einen Alternativtext.',
  },
  {
    rule: 'a person in a session has a role',
    collection: 'sessions',
    valid: (refs) => sessionData(refs.event, { speakers: [{ role: 'speaker', speaker: refs.speaker }] }),
    invalid: (refs) => ({ speakers: [{ speaker: refs.speaker }] }),
    paths: ['speakers.0.role'],
  },
  {
    rule: 'a person appears once in a session, so their page lists it once',
    collection: 'sessions',
    // on the second day: the same person cannot be on in the previous rule's session at the same time
    valid: (refs) =>
      sessionData(refs.event, {
        end: '2025-05-13T13:00:00.000Z',
        speakers: [{ role: 'moderator', speaker: refs.speaker }],
        start: '2025-05-13T12:00:00.000Z',
      }),
    invalid: (refs) => ({
      speakers: [
        { role: 'moderator', speaker: refs.speaker },
        { role: 'speaker', speaker: refs.speaker },
      ],
    }),
    paths: ['speakers'],
    message: 'Jede Person steht nur einmal in einem Programmpunkt; bitte eine Rolle wählen.',
  },
  {
    rule: 'a stream link is a full web address',
    collection: 'events',
    valid: () => eventData({ attendanceMode: 'online', streamUrl: 'https://stream.example.org/live' }),
    invalid: () => ({ streamUrl: 'www.difu.de/live' }),
    paths: ['streamUrl'],
    message: 'Bitte eine vollständige Webadresse mit https:// angeben.',
  },
  {
    rule: 'a registration link is an http(s) address, not a script',
    collection: 'events',
    valid: () => eventData({ registration: { url: 'https://difu.de/anmeldung' } }),
    invalid: () => ({ registration: { url: 'javascript:alert(1)' } }),
    paths: ['registration.url'],
    message: 'Bitte eine vollständige Webadresse mit https:// angeben.',
  },
  {
    rule: 'a speaker’s link is a full web address',
    collection: 'speakers',
    valid: () => ({
      familyName: 'Muster',
      givenName: 'Max',
      links: [{ label: 'Profil', url: 'https://example.org' }],
    }),
    invalid: () => ({ links: [{ label: 'Profil', url: 'example.org/profil' }] }),
    paths: ['links.0.url'],
    message: 'Bitte eine vollständige Webadresse mit https:// angeben.',
  },
  {
    rule: 'a hand-made slug is not taken',
    collection: 'events',
    valid: () => eventData({ title: 'Eigener Name' }),
    invalid: (refs) => ({ slug: refs.takenSlug }),
    paths: ['slug'],
  },
]
