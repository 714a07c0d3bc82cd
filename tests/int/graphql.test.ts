import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { countDocs, createDraftScenario, type DraftScenario, type Id, titles, titlesOf } from '../helpers/fixtures'
import { type ApiContext, roles, seesDrafts, startApi } from '../helpers/rest'

let ctx: ApiContext
let scenario: DraftScenario

beforeAll(async () => {
  ctx = await startApi()
  scenario = await createDraftScenario(ctx.payload)
})

afterAll(async () => {
  await ctx?.close()
})

/** An ID as a GraphQL literal: a number on SQL databases, a string on MongoDB. */
const literal = (id: Id) => JSON.stringify(id)

describe.each(roles)('%s', (role) => {
  const query = (text: string) => ctx.api.graphql(text, ctx.tokens[role])

  it(seesDrafts[role] ? 'lists draft and published events' : 'lists published events only', async () => {
    const { body, status } = await query('{ Events(limit: 100) { totalDocs docs { title } } }')
    expect(status).toBe(200)
    expect(titlesOf(body.data.Events)).toContain(titles.published)
    expect(titlesOf(body.data.Events).includes(titles.draft)).toBe(seesDrafts[role])
    expect(body.data.Events.totalDocs).toBe(seesDrafts[role] ? 3 : 2)
  })

  it(seesDrafts[role] ? 'reads a draft event' : 'cannot read a draft event', async () => {
    const { body } = await query(`{ Event(id: ${literal(scenario.draft)}) { title } }`)
    if (seesDrafts[role]) expect(body.data.Event.title).toBe(titles.draft)
    else expect(body.data?.Event ?? null).toBeNull()
  })

  it(seesDrafts[role] ? 'lists draft and published sessions' : 'lists published sessions only', async () => {
    const { body } = await query('{ Sessions(limit: 100) { docs { title } } }')
    expect(titlesOf(body.data.Sessions)).toContain(titles.publishedSession)
    expect(titlesOf(body.data.Sessions).includes(titles.draftSession)).toBe(seesDrafts[role])
  })
})

describe('anonymous visitors', () => {
  it('see no drafts when they ask for them', async () => {
    const { body } = await ctx.api.graphql('{ Events(draft: true, limit: 100) { docs { title } } }')
    expect(titlesOf(body.data.Events)).not.toContain(titles.draft)
    expect(titlesOf(body.data.Events)).not.toContain(titles.pendingDraft)
    const single = await ctx.api.graphql(`{ Event(id: ${literal(scenario.pendingChanges)}, draft: true) { title } }`)
    expect(single.body.data.Event.title).toBe(titles.pendingPublished)
  })

  it('cannot create content', async () => {
    const before = await countDocs(ctx.payload, 'topics')
    const { body } = await ctx.api.graphql('mutation { createTopic(data: { name: "Spam" }) { id } }')
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await countDocs(ctx.payload, 'topics')).toBe(before)
  })

  it('cannot list accounts', async () => {
    const { body } = await ctx.api.graphql('{ Users { docs { email } } }')
    expect(body.data?.Users ?? null).toBeNull()
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(403)
  })
})

describe('editors', () => {
  it('create content', async () => {
    const { body } = await ctx.api.graphql(
      'mutation { createTopic(data: { name: "Wohnungsbau" }) { slug } }',
      ctx.tokens.editor,
    )
    expect(body.data.createTopic.slug).toBe('wohnungsbau')
  })

  it('are told which field is wrong when a save is refused', async () => {
    const mutation = `mutation { createEvent(data: {
      title: "Rückwärts", status: scheduled, attendanceMode: offline,
      start: "2025-05-12T07:00:00.000Z", start_tz: Europe_Berlin,
      end: "2025-05-12T06:00:00.000Z", end_tz: Europe_Berlin
    }) { id } }`
    const { body } = await ctx.api.graphql(mutation, ctx.tokens.editor)
    expect(body.errors[0].extensions.statusCode).toBe(400)
    expect(body.errors[0].extensions.data.errors.map(({ path }: { path: string }) => path)).toEqual(['end'])
  })
})
