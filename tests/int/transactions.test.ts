import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Event } from '../../payload-types'
import { eventData, type Id } from '../helpers/fixtures'
import type { TestContext } from '../helpers/payload'
import { startSiteWith } from '../helpers/testSite'

/**
 * Saves run in transactions on every SQL database, SQLite included: an error after validation
 * (here a site's hook that fails) leaves nothing written, and concurrent saves all land.
 */
const failing = 'fail after writing'

class SiteHookFailed extends Error {}

const failAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  if (doc.summary === failing || doc.title === failing) throw new SiteHookFailed('the site’s hook failed')
  return doc
}
const failAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  if (doc.series === failing) throw new SiteHookFailed('the site’s hook failed')
}

let ctx: TestContext
let topic: Id

beforeAll(async () => {
  ctx = await startSiteWith({
    overrides: { events: { hooks: { afterChange: [failAfterChange], afterDelete: [failAfterDelete] } } },
  })
  topic = (await ctx.payload.create({ collection: 'topics', data: { name: 'Klima' } })).id
})

afterAll(async () => {
  await ctx?.close()
})

const fullRead = async (id: Id) => ({
  draft: await ctx.payload.findByID({ collection: 'events', depth: 0, draft: true, id, locale: 'all' }),
  published: await ctx.payload.findByID({ collection: 'events', depth: 0, id, locale: 'all' }),
  versions: (await ctx.payload.findVersions({ collection: 'events', depth: 0, limit: 0, sort: 'createdAt', where: { parent: { equals: id } } })).docs,
})

const allEvents = async () => (await ctx.payload.find({ collection: 'events', depth: 0, draft: true, limit: 0 })).docs.map(({ id }) => id).sort()
const versionCount = async () => (await ctx.payload.countVersions({ collection: 'events' })).totalDocs

describe('an error after validation writes nothing', () => {
  let event: Id
  beforeAll(async () => {
    event = (await ctx.payload.create({ collection: 'events', data: eventData({ topics: [topic] }) })).id
  })

  it.each([
    ['update', () => ctx.payload.update({ collection: 'events', data: { summary: failing, topics: [] }, id: event })],
    ['draft update', () => ctx.payload.update({ collection: 'events', data: { summary: failing, _status: 'draft' }, draft: true, id: event })],
    ['publish', () => ctx.payload.update({ collection: 'events', data: { summary: failing, _status: 'published' }, id: event })],
  ])('%s', async (_name, save) => {
    const before = await fullRead(event)
    await expect(save()).rejects.toThrow(SiteHookFailed)
    expect(await fullRead(event)).toEqual(before)
  })

  it.each([
    ['create', { _status: 'published' as const }],
    ['create as draft', { _status: 'draft' as const }],
  ])('%s', async (_name, status) => {
    const [events, versions] = [await allEvents(), await versionCount()]
    await expect(ctx.payload.create({ collection: 'events', data: eventData({ ...status, title: failing }) })).rejects.toThrow(SiteHookFailed)
    expect([await allEvents(), await versionCount()]).toEqual([events, versions])
  })

  it('delete', async () => {
    const doomed = (await ctx.payload.create({ collection: 'events', data: eventData({ series: failing }) })).id
    const before = await fullRead(doomed)
    await expect(ctx.payload.delete({ collection: 'events', id: doomed })).rejects.toThrow(SiteHookFailed)
    expect(await fullRead(doomed)).toEqual(before)
  })
})

describe('concurrent saves', () => {
  it('all land, on one event and on several, each with its version and one latest', async () => {
    const events: Event[] = []
    // one after another: concurrent creates of one title race for the same slug (refused with 400 on PostgreSQL)
    for (const title of ['Eins', 'Zwei', 'Drei']) events.push(await ctx.payload.create({ collection: 'events', data: eventData({ title }) }))
    const versionsBefore = await Promise.all(events.map(({ id }) => ctx.payload.countVersions({ collection: 'events', where: { parent: { equals: id } } })))
    const saves = Array.from({ length: 24 }, (_, index) => ({ id: events[index % 2 === 0 ? 0 : index % 3].id, summary: `Stand ${index}` }))
    const outcomes = await Promise.allSettled(
      saves.map(({ id, summary }) => ctx.payload.update({ collection: 'events', data: { summary }, id })),
    )
    expect(outcomes.filter(({ status }) => status === 'rejected')).toEqual([])
    for (const [index, { id }] of events.entries()) {
      const mine = saves.filter((save) => save.id === id)
      const stored = await ctx.payload.findByID({ collection: 'events', depth: 0, id })
      // the last save to commit wins; every save left its version
      expect(mine.map(({ summary }) => summary)).toContain(stored.summary)
      const { totalDocs } = await ctx.payload.countVersions({ collection: 'events', where: { parent: { equals: id } } })
      expect(totalDocs).toBe(versionsBefore[index].totalDocs + mine.length)
      const latest = await ctx.payload.countVersions({ collection: 'events', where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] } })
      expect(latest.totalDocs).toBe(1)
    }
  })

  it('refuses a bad save among good ones without touching the rest', async () => {
    const { id } = await ctx.payload.create({ collection: 'events', data: eventData() })
    const outcomes = await Promise.allSettled([
      ctx.payload.update({ collection: 'events', data: { summary: 'gut 1' }, id }),
      ctx.payload.update({ collection: 'events', data: { start: '2027-02-30' }, id }),
      ctx.payload.update({ collection: 'events', data: { summary: 'gut 2' }, id }),
    ])
    expect(outcomes.map(({ status }) => status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    const stored = await ctx.payload.findByID({ collection: 'events', depth: 0, id })
    expect(stored.start).toBe(eventData().start)
  })
})
