import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { admins } from '../../src/access/admins'
import { countDocs, createEvent, createSession, createUsers } from '../helpers/fixtures'
import type { TestContext } from '../helpers/payload'
import { type Api, restApi } from '../helpers/rest'
import { startSiteWith } from '../helpers/testSite'

/**
 * A site that lets only admins create speakers and events, and edit sessions: the CSV import,
 * "next edition" and the programme's planning follow its `overrides.access`, not roles the plugin
 * knows itself.
 */
let ctx: TestContext
let api: Api
let tokens: { admin: string; editor: string }

beforeAll(async () => {
  ctx = await startSiteWith({
    overrides: { events: { access: { create: admins } }, sessions: { access: { update: admins } }, speakers: { access: { create: admins } } },
  })
  const users = await createUsers(ctx.payload)
  api = restApi(ctx.config)
  tokens = { admin: await api.login(users.admin.email), editor: await api.login(users.editor.email) }
})

afterAll(async () => {
  await ctx?.close()
})

const speakersCsv = 'Vorname;Nachname\nCarla;Neumann\n'

const importSpeakers = (token: string) => {
  const data = Buffer.from(speakersCsv, 'utf8')
  return api.request('POST', '/api/speakers/import', { file: { data, mimetype: 'text/csv', name: 'import.csv', size: data.length }, token })
}

describe("a host's create access", () => {
  it('keeps an editor from importing when the site lets only admins create speakers', async () => {
    const { body, status } = await importSpeakers(tokens.editor)
    expect(status).toBe(403)
    expect(body.errors[0].message).toBe('You are not allowed to do this.')
    expect(await countDocs(ctx.payload, 'speakers')).toBe(0)
  })

  it('lets an admin import', async () => {
    expect((await importSpeakers(tokens.admin)).status).toBe(201)
    expect(await countDocs(ctx.payload, 'speakers')).toBe(1)
  })

  it('keeps an editor from creating the next edition when only admins create events', async () => {
    const event = await createEvent(ctx.payload, { edition: 1, slug: 'tagung', title: 'Tagung' })
    const before = await countDocs(ctx.payload, 'events')
    const editor = await api.post(`/api/events/${event.id}/next-edition`, {}, tokens.editor)
    expect(editor.status).toBe(403)
    expect(await countDocs(ctx.payload, 'events')).toBe(before)
    const admin = await api.post(`/api/events/${event.id}/next-edition`, {}, tokens.admin)
    expect(admin.status).toBe(201)
    expect(await countDocs(ctx.payload, 'events')).toBe(before + 1)
  })
})

describe("a host's update access", () => {
  it('keeps an editor from publishing the programme when only admins edit sessions', async () => {
    const event = await createEvent(ctx.payload, { slug: 'werkstatt', title: 'Werkstatt' })
    const session = await createSession(ctx.payload, event.id, { _status: 'draft' })
    const editor = await api.post(`/api/sessions/publish-programme?event=${event.id}`, {}, tokens.editor)
    expect(editor.status).toBe(403)
    expect((await ctx.payload.findByID({ collection: 'sessions', draft: true, id: session.id }))._status).toBe('draft')
    expect((await api.get(`/api/sessions/programme-check?event=${event.id}`, tokens.admin)).status).toBe(200)
  })
})
