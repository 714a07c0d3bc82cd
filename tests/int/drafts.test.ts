import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { User } from '../../payload-types'

import { createEvent, createSession, createUsers, type Id, type TestUsers, titlesOf } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { expectRefused } from '../helpers/refusal'

let ctx: TestContext
let users: TestUsers

beforeAll(async () => {
  ctx = await startPayload()
  users = await createUsers(ctx.payload)
})

afterAll(async () => {
  await ctx?.close()
})

/** Reads as a visitor (no user) or as a signed-in user, with access control applied. */
const as = (user?: User) => ({ overrideAccess: false, user })

const visibleEvents = async (user?: User) =>
  titlesOf(await ctx.payload.find({ collection: 'events', limit: 0, ...as(user) }))

const readEvent = (id: Id, user?: User, draft = false) =>
  ctx.payload.findByID({ collection: 'events', draft, id, ...as(user) })

describe('a draft event', () => {
  it('is hidden from visitors, in lists and by ID', async () => {
    const draft = await createEvent(ctx.payload, { _status: 'draft', title: 'Geheimer Entwurf' })
    expect(await visibleEvents()).not.toContain('Geheimer Entwurf')
    await expect(readEvent(draft.id)).rejects.toMatchObject({ status: 404 })
  })

  it('is seen by editors and admins', async () => {
    const draft = await createEvent(ctx.payload, { _status: 'draft', title: 'Entwurf für die Redaktion' })
    expect(await visibleEvents(users.editor)).toContain('Entwurf für die Redaktion')
    expect((await readEvent(draft.id, users.admin)).title).toBe('Entwurf für die Redaktion')
  })

  it('becomes visible when published, and hidden again when unpublished', async () => {
    const draft = await createEvent(ctx.payload, { _status: 'draft', title: 'Bald öffentlich' })
    await ctx.payload.update({ collection: 'events', data: { _status: 'published' }, id: draft.id })
    expect(await visibleEvents()).toContain('Bald öffentlich')
    await ctx.payload.update({ collection: 'events', data: { _status: 'draft' }, id: draft.id })
    expect(await visibleEvents()).not.toContain('Bald öffentlich')
  })
})

describe('a published event', () => {
  it('is seen by visitors', async () => {
    const event = await createEvent(ctx.payload, { title: 'Öffentliche Tagung' })
    expect(await visibleEvents()).toContain('Öffentliche Tagung')
    expect((await readEvent(event.id)).title).toBe('Öffentliche Tagung')
  })

  it('keeps showing visitors the published text while changes wait as a draft', async () => {
    const event = await createEvent(ctx.payload, { title: 'Stand: veröffentlicht' })
    await ctx.payload.update({ collection: 'events', data: { title: 'Stand: Entwurf' }, draft: true, id: event.id })
    expect((await readEvent(event.id)).title).toBe('Stand: veröffentlicht')
    expect((await readEvent(event.id, users.editor, true)).title).toBe('Stand: Entwurf')
    await ctx.payload.update({ collection: 'events', data: { _status: 'published' }, id: event.id })
    expect((await readEvent(event.id)).title).toBe('Stand: Entwurf')
  })
})

describe('a draft session', () => {
  it('is hidden from visitors and seen by editors', async () => {
    const event = await createEvent(ctx.payload, { title: 'Mit Programm' })
    await createSession(ctx.payload, event.id, { _status: 'draft', title: 'Überraschungsgast' })
    const titles = async (user?: User) =>
      titlesOf(await ctx.payload.find({ collection: 'sessions', limit: 0, ...as(user) }))
    expect(await titles()).not.toContain('Überraschungsgast')
    expect(await titles(users.editor)).toContain('Überraschungsgast')
  })
})

describe('versions', () => {
  it('are kept for each saved change, with the earlier text', async () => {
    const event = await createEvent(ctx.payload, { title: 'Fassung 1' })
    await ctx.payload.update({ collection: 'events', data: { title: 'Fassung 2' }, id: event.id })
    await ctx.payload.update({ collection: 'events', data: { title: 'Fassung 3' }, id: event.id })
    const { docs, totalDocs } = await ctx.payload.findVersions({
      collection: 'events',
      where: { parent: { equals: event.id } },
    })
    expect(totalDocs).toBe(3)
    expect(docs.map(({ version }) => version.title).sort()).toEqual(['Fassung 1', 'Fassung 2', 'Fassung 3'])
  })

  it('can be read by editors but not by visitors', async () => {
    const event = await createEvent(ctx.payload, { title: 'Mit Verlauf' })
    const where = { parent: { equals: event.id } }
    const versions = (user?: User) => ctx.payload.findVersions({ collection: 'events', where, ...as(user) })
    expect((await versions(users.editor)).totalDocs).toBe(1)
    await expect(versions()).rejects.toMatchObject({ status: 403 })
  })
})

describe('autosave (the admin saving what an editor types, for the live preview)', () => {
  const autosave = (id: Id, data: Record<string, unknown>) =>
    ctx.payload.update({ autosave: true, collection: 'events', data: { ...data, _status: 'draft' }, draft: true, id })

  it('keeps one draft version for the typing, and publishes nothing', async () => {
    const event = await createEvent(ctx.payload, { title: 'Getippt: veröffentlicht' })
    for (const title of ['Getippt: 1', 'Getippt: 12', 'Getippt: 123']) await autosave(event.id, { title })
    expect((await readEvent(event.id)).title).toBe('Getippt: veröffentlicht')
    expect((await readEvent(event.id, users.editor, true)).title).toBe('Getippt: 123')
    const { totalDocs } = await ctx.payload.findVersions({ collection: 'events', where: { parent: { equals: event.id } } })
    expect(totalDocs).toBe(2)
  })

  it('refuses a draft without a required field, naming it, and keeps the draft as it was', async () => {
    const event = await createEvent(ctx.payload, { title: 'Mit Titel' })
    await autosave(event.id, { title: 'Mit Titel, geändert' })
    await expectRefused(autosave(event.id, { title: '' }), ['title'])
    expect((await readEvent(event.id, users.editor, true)).title).toBe('Mit Titel, geändert')
  })
})
