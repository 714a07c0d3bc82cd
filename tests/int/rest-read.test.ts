import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import {
  createDraftScenario,
  createSpeaker,
  createVenue,
  type DraftScenario,
  pdfFile,
  removeMedia,
  titles,
  titlesOf,
} from '../helpers/fixtures'
import { type ApiContext, roles, seesDrafts, startApi } from '../helpers/rest'

let ctx: ApiContext
let scenario: DraftScenario

beforeAll(async () => {
  ctx = await startApi()
  const { payload } = ctx
  scenario = await createDraftScenario(payload)
  await payload.create({ collection: 'topics', data: { name: 'Wohnen' } })
  await payload.create({ collection: 'organisations', data: { name: 'Difu' } })
  await createSpeaker(payload)
  await createVenue(payload)
  await payload.create({ collection: 'media', data: {}, file: pdfFile() })
})

afterAll(async () => {
  if (ctx) await removeMedia(ctx.payload)
  await ctx?.close()
})

describe.each(roles)('%s', (role) => {
  const get = (path: string) => ctx.api.get(path, ctx.tokens[role])

  it(seesDrafts[role] ? 'lists draft and published events' : 'lists published events only', async () => {
    const { body, status } = await get('/api/events?limit=100')
    expect(status).toBe(200)
    expect(titlesOf(body)).toContain(titles.published)
    expect(titlesOf(body).includes(titles.draft)).toBe(seesDrafts[role])
    expect(body.totalDocs).toBe(seesDrafts[role] ? 3 : 2)
  })

  it(seesDrafts[role] ? 'reads a draft event' : 'gets 404 for a draft event', async () => {
    const { body, status } = await get(`/api/events/${scenario.draft}`)
    expect(status).toBe(seesDrafts[role] ? 200 : 404)
    if (seesDrafts[role]) expect(body.title).toBe(titles.draft)
  })

  it('reads a published event', async () => {
    const { body, status } = await get(`/api/events/${scenario.published}`)
    expect(status).toBe(200)
    expect(body.title).toBe(titles.published)
  })

  it(seesDrafts[role] ? 'lists draft and published sessions' : 'lists published sessions only', async () => {
    const { body, status } = await get('/api/sessions?limit=100')
    expect(status).toBe(200)
    expect(titlesOf(body)).toContain(titles.publishedSession)
    expect(titlesOf(body).includes(titles.draftSession)).toBe(seesDrafts[role])
    expect((await get(`/api/sessions/${scenario.draftSession}`)).status).toBe(seesDrafts[role] ? 200 : 404)
  })

  it.each(['topics', 'venues', 'speakers', 'organisations', 'media'])('reads %s', async (collection) => {
    const { body, status } = await get(`/api/${collection}`)
    expect(status).toBe(200)
    expect(body.totalDocs).toBe(1)
  })
})

describe('anonymous visitors asking for drafts', () => {
  it('find none by filtering on the status', async () => {
    const { body, status } = await ctx.api.get('/api/events?where[_status][equals]=draft')
    expect(status).toBe(200)
    expect(body.docs).toEqual([])
  })

  it('find none with ?draft=true', async () => {
    const { body } = await ctx.api.get('/api/events?draft=true&limit=100')
    expect(titlesOf(body)).not.toContain(titles.draft)
    expect(titlesOf(body)).not.toContain(titles.pendingDraft)
  })

  it('see the published text of an event with unpublished changes, even with ?draft=true', async () => {
    for (const query of ['', '?draft=true']) {
      const { body, status } = await ctx.api.get(`/api/events/${scenario.pendingChanges}${query}`)
      expect({ query, status, title: body.title }).toEqual({ query, status: 200, title: titles.pendingPublished })
    }
  })

  it('cannot read an event’s versions', async () => {
    const { status } = await ctx.api.get(`/api/events/versions?where[parent][equals]=${scenario.pendingChanges}`)
    expect([401, 403]).toContain(status)
  })
})

describe('editors', () => {
  it('see the pending changes of a published event with ?draft=true', async () => {
    const { body } = await ctx.api.get(`/api/events/${scenario.pendingChanges}?draft=true`, ctx.tokens.editor)
    expect(body.title).toBe(titles.pendingDraft)
  })
})
