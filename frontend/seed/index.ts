import type { File, Payload, TypedLocale } from 'payload'
import sharp from 'sharp'

import type { Id } from '@difu/programm'
import { personName } from '@difu/programm/site'
import { events } from './data/events'
import { organisations } from './data/organisations'
import { sessions } from './data/sessions'
import { speakers } from './data/speakers'
import { topics } from './data/topics'
import type { EventSeed, Localized, SessionSeed, SpeakerSeed } from './data/types'
import { venues } from './data/venues'
import { seedPages } from './pages'

type Data = Record<string, unknown>
type Doc = Data & { id: Id }
type SeededCollection = 'events' | 'organisations' | 'sessions' | 'speakers' | 'topics' | 'venues'
type WritableCollection = SeededCollection | 'media'

/** Seeding must not trigger the site's page revalidation. */
const context = { disableRevalidate: true }
const locales: TypedLocale[] = ['de', 'en']

const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isLocalized = (value: unknown): value is Localized<unknown> =>
  isRecord(value) && Object.keys(value).sort().join() === 'de,en'

/** The data with every `{ de, en }` pair replaced by the value for `locale`. */
const inLocale = (value: unknown, locale: TypedLocale): unknown => {
  if (isLocalized(value)) return value[locale]
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale))
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inLocale(item, locale)]))
  return value
}

/**
 * Gives array rows the ids of the stored rows at the same position, so writing one locale keeps
 * the other locale's values of localized fields inside those rows (e.g. room names).
 */
const withRowIds = (data: Data, stored: Data | undefined): Data =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      const previous = stored?.[key]
      if (Array.isArray(value) && Array.isArray(previous)) {
        return [
          key,
          value.map((row, index) => {
            const old: unknown = previous[index]
            if (!isRecord(row) || !isRecord(old) || old.id === undefined) return row
            return { ...withRowIds(row, old), id: old.id }
          }),
        ]
      }
      if (isRecord(value) && isRecord(previous) && !('root' in value)) return [key, withRowIds(value, previous)]
      return [key, value]
    }),
  )

const findBySlug = async (payload: Payload, collection: SeededCollection, slug: string): Promise<Doc | undefined> => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    draft: true,
    limit: 1,
    locale: 'de',
    overrideAccess: true,
    where: { slug: { equals: slug } },
  })
  return docs[0] as unknown as Doc | undefined
}

/** Creates the document, or updates `existing`, in one locale. */
const write = async (
  payload: Payload,
  collection: WritableCollection,
  existing: Doc | undefined,
  data: Data,
  locale: TypedLocale,
  file?: File,
): Promise<Doc> => {
  const options = { collection, context, depth: 0, locale, overrideAccess: true }
  const doc = existing
    ? await payload.update({ ...options, data: withRowIds(data, existing) as never, id: existing.id })
    : await payload.create({ ...options, data: data as never, file })
  return doc as unknown as Doc
}

/** Writes localized data in German first, then English onto the same document. */
const writeLocales = async (
  payload: Payload,
  collection: WritableCollection,
  existing: Doc | undefined,
  data: Data,
  file?: File,
): Promise<Doc> => {
  let doc = existing
  for (const locale of locales) {
    doc = await write(payload, collection, doc, inLocale(data, locale) as Data, locale, doc ? undefined : file)
  }
  return doc as Doc
}

/** Idempotent: the document with the data's slug is updated, or created if there is none. */
const upsert = async (payload: Payload, collection: SeededCollection, data: Data & { slug: string }): Promise<Doc> =>
  writeLocales(payload, collection, await findBySlug(payload, collection, data.slug), data)

type Resolve = (collection: SeededCollection, slug: string) => Id

const initials = ({ givenName, familyName }: SpeakerSeed): string => `${givenName[0]}${familyName[0]}`.toUpperCase()

const portrait = (text: string, colour: string): Promise<Buffer> =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400">` +
        `<rect width="400" height="400" fill="${colour}"/>` +
        `<text x="200" y="200" dy="0.35em" text-anchor="middle" fill="#ffffff" font-size="150" font-weight="bold" ` +
        `font-family="DejaVu Sans, Helvetica, Arial, sans-serif">${text}</text></svg>`,
    ),
  )
    .png()
    .toBuffer()

/** A placeholder portrait (initials on colour), created once; a speaker's existing photo is kept. */
const speakerPhoto = async (payload: Payload, speaker: SpeakerSeed): Promise<Id> => {
  const existing = await findBySlug(payload, 'speakers', speaker.slug)
  if (existing?.photo) return existing.photo as Id
  const name = personName(speaker)
  const data = await portrait(initials(speaker), speaker.colour)
  const alt: Localized<string> = {
    de: `Platzhalterbild mit den Initialen ${initials(speaker)} für ${name}`,
    en: `Placeholder image with the initials ${initials(speaker)} for ${name}`,
  }
  const file: File = { data, mimetype: 'image/png', name: `speaker-${speaker.slug}.png`, size: data.length }
  return (await writeLocales(payload, 'media', undefined, { alt }, file)).id
}

const speakerData = async (payload: Payload, resolve: Resolve, seed: SpeakerSeed): Promise<Data & { slug: string }> => {
  const { colour: _colour, organisation, ...rest } = seed
  return {
    ...rest,
    organisation: organisation ? resolve('organisations', organisation) : null,
    photo: await speakerPhoto(payload, seed),
  }
}

const eventData = (resolve: Resolve, { organisers, partners = [], topics: topicSlugs, venue, ...rest }: EventSeed) => ({
  ...rest,
  _status: 'published',
  organisers: organisers.map((slug) => resolve('organisations', slug)),
  partners: partners.map((slug) => resolve('organisations', slug)),
  topics: topicSlugs.map((slug) => resolve('topics', slug)),
  venue: resolve('venues', venue),
})

const sessionData = (resolve: Resolve, { event, speakers: people, ...rest }: SessionSeed) => ({
  ...rest,
  _status: 'published',
  event: resolve('events', event),
  speakers: people.map(({ role, speaker }) => ({ role, speaker: resolve('speakers', speaker) })),
})

/**
 * Writes the demo content (the 2nd Kölner Symposium, its 2017 predecessor and a Difu seminar in
 * Berlin, with their people, places and topics). Running it again updates the same documents.
 */
export const seed = async (payload: Payload): Promise<void> => {
  const ids = new Map<string, Id>()
  const resolve: Resolve = (collection, slug) => {
    const id = ids.get(`${collection}/${slug}`)
    if (id === undefined) throw new Error(`seed: no ${collection} with slug "${slug}"`)
    return id
  }
  const seedAll = async <T extends { slug: string }>(
    collection: SeededCollection,
    items: T[],
    build: (item: T) => Data | Promise<Data>,
  ): Promise<void> => {
    for (const item of items) {
      const doc = await upsert(payload, collection, { ...(await build(item)), slug: item.slug })
      ids.set(`${collection}/${item.slug}`, doc.id)
    }
    payload.logger.info(`seed: ${items.length} ${collection}`)
  }

  await seedAll('topics', topics, (topic) => topic)
  await seedAll('organisations', organisations, (organisation) => organisation)
  await seedAll('venues', venues, (venue) => venue)
  await seedAll('speakers', speakers, (speaker) => speakerData(payload, resolve, speaker))
  await seedAll('events', events, (event) => eventData(resolve, event))
  await seedAll('sessions', sessions, (session) => sessionData(resolve, session))
  await seedPages(payload)
}
