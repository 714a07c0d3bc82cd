import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'
import sharp from 'sharp'

import type { Event, Session, User } from '../../payload-types'

/**
 * Test data shared by the integration tests. Times are UTC; the event runs on two calendar days
 * in Berlin (summer time, UTC+2): Monday 12 May 2025 09:00 to Tuesday 13 May 2025 17:00.
 */
export const eventDays = {
  start: '2025-05-12T07:00:00.000Z',
  end: '2025-05-13T15:00:00.000Z',
}

export const password = 'correct horse battery staple'

/** A document ID: a number on SQL databases, a string on MongoDB (the generated types say number). */
export type Id = Event['id']

/** The ID of a relationship value, whether it was populated or not. */
export const idOf = (value: { id: Id } | Id | null | undefined): Id | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

/** An id of the same kind as `like` that names no document: a number, a uuid or an ObjectId. */
export const unknownIdLike = (like: Id): Id => {
  if (typeof like === 'number') return 999999
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(String(like))
  return (uuid ? '00000000-0000-4000-8000-000000000000' : '0123456789abcdef01234567') as unknown as Id
}

export type TestUsers = { admin: User; editor: User }

/** The admin first: the first account is made an admin whatever its role says. */
export const createUsers = async (payload: Payload): Promise<TestUsers> => {
  const admin = await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', name: 'Ada Admin', password, role: 'admin' },
    overrideAccess: true,
  })
  const editor = await payload.create({
    collection: 'users',
    data: { email: 'editor@example.org', name: 'Eddi Editor', password, role: 'editor' },
    overrideAccess: true,
  })
  return { admin, editor }
}

/** The time zone the admin panel sends with each date. */
const inBerlin = { end_tz: 'Europe/Berlin', start_tz: 'Europe/Berlin' } as const

type EventData = RequiredDataFromCollectionSlug<'events'>
type SessionData = RequiredDataFromCollectionSlug<'sessions'>

/** The fields an event needs, published; the rest as Payload's defaults. */
export const eventData = (data: Partial<EventData> = {}): EventData => ({
  title: 'Kölner Symposium',
  ...eventDays,
  ...inBerlin,
  status: 'scheduled',
  attendanceMode: 'offline',
  _status: 'published',
  ...data,
})

export const createEvent = (payload: Payload, data: Partial<EventData> = {}): Promise<Event> =>
  payload.create({ collection: 'events', data: eventData(data) })

/**
 * A published welcome at 10:00–11:00 Berlin time on the event's first day: a kind that needs no
 * speakers, so it publishes without any.
 */
export const sessionData = (event: Id, data: Partial<SessionData> = {}): SessionData => ({
  title: 'Begrüßung',
  event,
  kind: 'welcome',
  start: '2025-05-12T08:00:00.000Z',
  end: '2025-05-12T09:00:00.000Z',
  ...inBerlin,
  _status: 'published',
  ...data,
})

export const createSession = (payload: Payload, event: Id, data: Partial<SessionData> = {}): Promise<Session> =>
  payload.create({ collection: 'sessions', data: sessionData(event, data) })

export const createSpeaker = (payload: Payload, givenName = 'Anna', familyName = 'Beispiel') =>
  payload.create({ collection: 'speakers', data: { givenName, familyName } })

export const createVenue = (payload: Payload, name = 'Kölner Rathaus') =>
  payload.create({
    collection: 'venues',
    data: { name, address: { city: 'Köln' }, latitude: 50.938, longitude: 6.958 },
  })

/** A Lexical document of plain paragraphs, as the rich-text fields store it. */
export const richText = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      textFormat: 0,
      version: 1,
    })),
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
  },
})

/** An upload as the Local API takes it. */
export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

const file = (data: Buffer, mimetype: string, name: string): UploadFile => ({
  data,
  mimetype,
  name,
  size: data.length,
})

/** File names are unique per run: uploads land in the shared `media/` folder of the checkout. */
const uniqueName = (base: string, extension: string): string =>
  `${base}-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.${extension}`

export const pngFile = async (width = 800, height = 600): Promise<UploadFile> => {
  const data = await sharp({
    create: { background: { b: 160, g: 120, r: 40 }, channels: 3, height, width },
  })
    .png()
    .toBuffer()
  return file(data, 'image/png', uniqueName('test-image', 'png'))
}

/** A minimal valid one-page PDF, with the cross-reference table Payload checks for. */
export const pdfFile = (): UploadFile => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let text = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = text.length
    text += `${index + 1} 0 obj ${object} endobj\n`
    return offset
  })
  const xref = text.length
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  text += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  text += `trailer << /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return file(Buffer.from(text, 'latin1'), 'application/pdf', uniqueName('test-document', 'pdf'))
}

/** Deletes every media document, and so its files in `media/`, before the database goes. */
export const removeMedia = async (payload: Payload): Promise<void> => {
  await payload.delete({ collection: 'media', overrideAccess: true, where: { id: { exists: true } } })
}

/** Titles (or names) of a list's documents, in order: a REST or GraphQL list, or a join. */
export const titlesOf = (list: { docs?: unknown[] } | null | undefined): string[] =>
  (list?.docs ?? []).map((doc) => {
    const { name, title } = doc as { name?: string; title?: string }
    return (title ?? name) as string
  })

/** Published and draft content, as visitors and editors see it differently. */
export type DraftScenario = {
  /** A published event with a published and a draft session. */
  published: Id
  draft: Id
  /** A published event whose newer title waits as a draft. */
  pendingChanges: Id
  draftSession: Id
}

export const titles = {
  published: 'Öffentliche Tagung',
  draft: 'Geplante Tagung',
  pendingPublished: 'Stand veröffentlicht',
  pendingDraft: 'Stand Entwurf',
  publishedSession: 'Öffentlicher Vortrag',
  draftSession: 'Geheimer Vortrag',
}

export const createDraftScenario = async (payload: Payload): Promise<DraftScenario> => {
  const published = (await createEvent(payload, { title: titles.published })).id
  const draft = (await createEvent(payload, { _status: 'draft', title: titles.draft })).id
  const pendingChanges = (await createEvent(payload, { title: titles.pendingPublished })).id
  await payload.update({ collection: 'events', data: { title: titles.pendingDraft }, draft: true, id: pendingChanges })
  await createSession(payload, published, { title: titles.publishedSession })
  const draftSession = (await createSession(payload, published, { _status: 'draft', title: titles.draftSession })).id
  return { draft, draftSession, pendingChanges, published }
}

/** How many documents of a collection there are (all of them, or those matching `where`). */
export const countDocs = async (payload: Payload, collection: CollectionSlug, where?: Where): Promise<number> =>
  (await payload.count({ collection, overrideAccess: true, where })).totalDocs

/** Whether the document is still stored. */
export const isStored = async (payload: Payload, collection: CollectionSlug, id: Id): Promise<boolean> =>
  (await countDocs(payload, collection, { id: { equals: id } })) > 0
