import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createEvent, createSession, createSpeaker, createVenue, type Id, titlesOf } from '../helpers/fixtures'
import { type ApiContext, startApi } from '../helpers/rest'

/** What anonymous visitors see of drafts through relationships and joins. */
let ctx: ApiContext
let venue: Id
let topic: Id
let speaker: Id
let publishedEvent: Id
let sessionOfDraftEvent: Id

beforeAll(async () => {
  ctx = await startApi()
  const { payload } = ctx
  venue = (await createVenue(payload, 'Gürzenich')).id
  topic = (await payload.create({ collection: 'topics', data: { name: 'Verkehr' } })).id
  speaker = (await createSpeaker(payload, 'Selin', 'Arslan')).id
  const shared = { topics: [topic], venue }
  publishedEvent = (await createEvent(payload, { ...shared, title: 'Öffentliche Tagung' })).id
  const draftEvent = (await createEvent(payload, { ...shared, _status: 'draft', title: 'Geplante Tagung' })).id
  const people = [{ role: 'speaker' as const, speaker }]
  await createSession(payload, publishedEvent, { speakers: people, title: 'Öffentlicher Vortrag' })
  await createSession(payload, publishedEvent, { _status: 'draft', speakers: people, title: 'Geheimer Vortrag' })
  sessionOfDraftEvent = (await createSession(payload, draftEvent, { title: 'Vortrag der geplanten Tagung' })).id
})

afterAll(async () => {
  await ctx?.close()
})

describe.each([
  ['anonymous visitors', false],
  ['editors', true],
])('%s', (_who, seesDrafts) => {
  const get = async (path: string) => {
    const { body, status } = await ctx.api.get(path, seesDrafts ? ctx.tokens.editor : undefined)
    expect(status).toBe(200)
    return body
  }

  it(`${seesDrafts ? 'see' : 'do not see'} draft events among a venue’s events`, async () => {
    const titles = titlesOf((await get(`/api/venues/${venue}?depth=1`)).events)
    expect(titles).toContain('Öffentliche Tagung')
    expect(titles.includes('Geplante Tagung')).toBe(seesDrafts)
  })

  it(`${seesDrafts ? 'see' : 'do not see'} draft events among a topic’s events`, async () => {
    const titles = titlesOf((await get(`/api/topics/${topic}?depth=1`)).events)
    expect(titles).toContain('Öffentliche Tagung')
    expect(titles.includes('Geplante Tagung')).toBe(seesDrafts)
  })

  it(`${seesDrafts ? 'see' : 'do not see'} draft sessions among an event’s sessions`, async () => {
    const titles = titlesOf((await get(`/api/events/${publishedEvent}?depth=1`)).sessions)
    expect(titles).toContain('Öffentlicher Vortrag')
    expect(titles.includes('Geheimer Vortrag')).toBe(seesDrafts)
  })

  it(`${seesDrafts ? 'see' : 'do not see'} draft sessions among a speaker’s sessions`, async () => {
    const titles = titlesOf((await get(`/api/speakers/${speaker}?depth=1`)).sessions)
    expect(titles).toContain('Öffentlicher Vortrag')
    expect(titles.includes('Geheimer Vortrag')).toBe(seesDrafts)
  })
})

describe('a published session of a draft event', () => {
  it('stays hidden from visitors until its event is published', async () => {
    const { status } = await ctx.api.get(`/api/sessions/${sessionOfDraftEvent}?depth=1`)
    expect(status).toBe(404)
    const { body } = await ctx.api.get('/api/sessions?limit=100&depth=1')
    expect(JSON.stringify(body)).not.toContain('Geplante Tagung')
  })
})
