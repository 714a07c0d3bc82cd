import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { createEvent, createSession, type Id } from '../helpers/fixtures'
import { testDatabase } from '../helpers/payload'
import { type ApiContext, startApi } from '../helpers/rest'

/**
 * A date that is no date, stored past Payload (as an older version let one through), must not
 * take any page down: every reader answers, and the document can still be opened, fixed, deleted.
 */
let ctx: ApiContext
let broken: Id
let brokenSlug: string
let intact: Id
let intactSlug: string

const sql = (raw: string) => (ctx.payload.db as unknown as { execute: (args: object) => Promise<unknown> }).execute({ drizzle: ctx.payload.db.drizzle, raw })

const upcoming = { start: '2030-05-12T07:00:00.000Z', end: '2030-05-13T15:00:00.000Z' }

beforeAll(async () => {
  ctx = await startApi()
  const first = await createEvent(ctx.payload, { ...upcoming, title: 'Kaputtes Datum' })
  const second = await createEvent(ctx.payload, { ...upcoming, title: 'Heile Tagung' })
  ;[broken, brokenSlug, intact, intactSlug] = [first.id, first.slug as string, second.id, second.slug as string]
  const session = await createSession(ctx.payload, intact, { start: '2030-05-12T08:00:00.000Z', end: '2030-05-12T09:00:00.000Z' })
  if (testDatabase() === 'sqlite') {
    await sql(`UPDATE events SET start = 'abc' WHERE id = ${broken}`)
    await sql(`UPDATE _events_v SET version_start = 'abc' WHERE parent_id = ${broken}`)
    await sql(`UPDATE sessions SET "end" = '2030-02-30T09:00:00.000Z' WHERE id = ${session.id}`)
  }
})

afterAll(async () => {
  await ctx?.close()
})

const sqliteOnly = testDatabase() === 'sqlite' ? describe : describe.skip

if (testDatabase() === 'postgres') {
  it('PostgreSQL refuses such a date itself', async () => {
    await expect(sql(`UPDATE events SET start = 'abc' WHERE id = ${broken}`)).rejects.toThrow()
  })
}

sqliteOnly('an event whose start is stored as "abc"', () => {
  const readers = [
    '/api/events?depth=1',
    `/api/events/${'BROKEN'}`,
    '/api/events/feed.rss',
    '/api/events/feed.atom',
    '/api/events/feed.ics',
    '/api/events/BROKEN_SLUG/ical',
    '/api/events/INTACT_SLUG/ical?sessions=1',
    '/api/events/INTACT_SLUG/schedule.xml',
    '/api/events/INTACT_SLUG/schedule.json',
    '/api/events/search?q=Tagung',
    '/api/sessions?depth=1',
  ]

  it.each(readers)('GET %s answers 200', async (template) => {
    const path = template.replace('BROKEN_SLUG', brokenSlug).replace('INTACT_SLUG', intactSlug).replace('BROKEN', String(broken))
    for (const token of [undefined, ctx.tokens.editor]) {
      const { status } = await ctx.api.get(path, token)
      expect(status).toBe(200)
    }
  })

  it('reads the event without the bad start, and the intact one as stored', async () => {
    const { body } = await ctx.api.get('/api/events?depth=0&sort=start')
    const byId = new Map(body.docs.map((doc: { id: Id }) => [doc.id, doc]))
    expect(byId.get(broken)).toMatchObject({ start: null, title: 'Kaputtes Datum' })
    expect(byId.get(intact)).toMatchObject({ start: upcoming.start })
  })

  it('answers GraphQL and the editors’ list of versions', async () => {
    const graphql = await ctx.api.graphql('{ Events { docs { id title start } } }')
    expect(graphql.status).toBe(200)
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data.Events.docs).toHaveLength(2)
    const versions = await ctx.api.get(`/api/events/versions?where[parent][equals]=${broken}`, ctx.tokens.editor)
    expect(versions.status).toBe(200)
  })

  it('gives the start page its list, without the event that has no start instead of one on 1 January 1970', async () => {
    // imported here: the loader reads the site's config, which must see the test's DATABASE_URL
    const { listEvents } = await import('../../frontend/data/events')
    // the start page's list of events, as it renders them
    const { EventTimeline } = await import('../../frontend/components/EventTimeline')
    for (const locale of ['de', 'en'] as const) {
      const events = await listEvents(locale)
      expect(events.map(({ title }) => title)).toEqual(['Heile Tagung'])
      const html = renderToStaticMarkup(createElement(EventTimeline, { empty: '–', events, level: 2, locale, now: new Date('2030-01-01T00:00:00Z') }))
      expect(html).toContain('Heile Tagung')
      expect(html).not.toContain('Kaputtes Datum')
      expect(html).not.toMatch(/1970/)
    }
  })

  it('lets an editor fix the date, then delete the event', async () => {
    const refused = await ctx.api.patch(`/api/events/${broken}`, { summary: 'ohne Beginn' }, ctx.tokens.editor)
    expect(refused.status).toBe(400)
    const fixed = await ctx.api.patch(`/api/events/${broken}`, { start: upcoming.start }, ctx.tokens.editor)
    expect(fixed.status).toBe(200)
    expect(fixed.body.doc.start).toBe(upcoming.start)
    expect((await ctx.api.delete(`/api/events/${broken}`, ctx.tokens.editor)).status).toBe(200)
    expect((await ctx.api.get(`/api/events/${broken}`, ctx.tokens.editor)).status).toBe(404)
  })
})
