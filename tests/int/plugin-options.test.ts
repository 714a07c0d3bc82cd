import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import type { RevalidateArgs } from '../../src'
import { pluginSlug } from '../../src/lib/pluginSlug'
import { eventData, type Id, idOf, sessionData } from '../helpers/fixtures'
import type { TestContext } from '../helpers/payload'
import { expectRefused } from '../helpers/refusal'
import { startSiteWith } from '../helpers/testSite'

/** Another site's use of the plugin: German slugs, its own hook, and page revalidation. */
const revalidate = jest.fn(async (_args: RevalidateArgs) => undefined)
const siteHook = jest.fn<CollectionAfterChangeHook>(({ doc }) => doc)

let ctx: TestContext

beforeAll(async () => {
  ctx = await startSiteWith({
    overrides: { topics: { hooks: { afterChange: [siteHook] } } },
    revalidate,
    slugs: { events: 'veranstaltungen', speakers: 'personen' },
  })
})

afterAll(async () => {
  await ctx?.close()
})

// the generated types know the default slugs only
const veranstaltungen = 'veranstaltungen' as CollectionSlug
const personen = 'personen' as CollectionSlug

const createVeranstaltung = async (data = {}) =>
  (await ctx.payload.create({ collection: veranstaltungen, data: eventData(data) as never })) as unknown as {
    id: Id
    slug: string
  }

describe('renamed collections', () => {
  it('are found under their new slug', () => {
    expect(pluginSlug(ctx.payload, 'events')).toBe('veranstaltungen')
    expect(pluginSlug(ctx.payload, 'sessions')).toBe('sessions')
  })

  it('make slugs from the title as before', async () => {
    expect((await createVeranstaltung({ title: 'Stadtgespräch' })).slug).toBe('stadtgespraech')
  })

  it('are what sessions refer to, and the session day rule still applies', async () => {
    const { id } = await createVeranstaltung({ title: 'Tagung mit Programm' })
    const session = await ctx.payload.create({ collection: 'sessions', data: sessionData(id) })
    expect(idOf(session.event)).toEqual(id)
    const outside = sessionData(id, { end: '2025-05-20T09:00:00.000Z', start: '2025-05-20T08:00:00.000Z' })
    await expectRefused(ctx.payload.create({ collection: 'sessions', data: outside }), ['end', 'start'])
  })

  it('list their sessions, and a renamed speaker collection its sessions', async () => {
    const { id } = await createVeranstaltung({ title: 'Mit Personen' })
    const person = await ctx.payload.create({
      collection: personen,
      data: { familyName: 'Beispiel', givenName: 'Anna' } as never,
    })
    await ctx.payload.create({
      collection: 'sessions',
      data: sessionData(id, { speakers: [{ role: 'speaker', speaker: person.id as Id }], title: 'Vortrag' }),
    })
    const event = (await ctx.payload.findByID({ collection: veranstaltungen, depth: 1, id })) as unknown as {
      sessions: { docs: { title: string }[] }
    }
    expect(event.sessions.docs.map(({ title }) => title)).toEqual(['Vortrag'])
    const found = (await ctx.payload.findByID({ collection: personen, depth: 1, id: person.id })) as unknown as {
      sessions: { docs: { title: string }[] }
    }
    expect(found.sessions.docs.map(({ title }) => title)).toEqual(['Vortrag'])
  })
})

describe('revalidation', () => {
  it('is told about changes and deletions, with the plugin’s name for the collection', async () => {
    revalidate.mockClear()
    const { id } = await createVeranstaltung({ title: 'Neu' })
    await ctx.payload.delete({ collection: veranstaltungen, id })
    expect(revalidate.mock.calls.map(([args]) => [args.collection, args.operation])).toEqual([
      ['events', 'change'],
      ['events', 'delete'],
    ])
  })

  it('is skipped when the request says so', async () => {
    revalidate.mockClear()
    await ctx.payload.create({
      collection: 'topics',
      context: { disableRevalidate: true },
      data: { name: 'Still' },
    })
    expect(revalidate).not.toHaveBeenCalled()
  })
})

describe('a site’s own hooks', () => {
  it('run after a save, after the plugin’s', async () => {
    revalidate.mockClear()
    siteHook.mockClear()
    await ctx.payload.create({ collection: 'topics', data: { name: 'Mit Hook' } })
    expect(siteHook).toHaveBeenCalledTimes(1)
    expect(revalidate.mock.invocationCallOrder[0]).toBeLessThan(siteHook.mock.invocationCallOrder[0])
  })
})
