import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { REST_GET } from '@payloadcms/next/routes'

import type { RevalidateArgs } from '../../src'
import { canRunJobs } from '../../frontend/config/cronAccess'
import { createEvent, createSession, createUsers, type Id, type TestUsers } from '../helpers/fixtures'
import type { TestContext } from '../helpers/payload'
import { startSiteWith } from '../helpers/testSite'

/** The site's revalidation, watched: a scheduled publication must refresh the pages too. */
const revalidate = jest.fn(async (_args: RevalidateArgs) => undefined)

let ctx: TestContext
let users: TestUsers

beforeAll(async () => {
  ctx = await startSiteWith({ revalidate }, { jobs: { access: { run: canRunJobs } } })
  users = await createUsers(ctx.payload)
})

afterAll(async () => {
  await ctx?.close()
})

/** What the admin panel's "Schedule publish" does: queue Payload's schedulePublish job. */
const schedulePublish = (collection: 'events' | 'sessions', id: Id, at: Date) =>
  ctx.payload.jobs.queue({
    input: {
      // a union of both collections, as the generated type lists them one by one
      doc: { relationTo: collection, value: id } as { relationTo: 'events'; value: Id },
      type: 'publish',
      user: { relationTo: 'users', value: users.editor.id },
    },
    task: 'schedulePublish',
    waitUntil: at,
  })

/** Calls the jobs endpoint as the server's cron would, through Payload's REST handler. */
const runJobs = (authorization?: string) =>
  REST_GET(ctx.config)(
    new Request('http://localhost:3000/api/payload-jobs/run', { headers: authorization ? { authorization } : {} }),
    { params: Promise.resolve({ slug: ['payload-jobs', 'run'] }) },
  )

const statusOf = async (collection: 'events' | 'sessions', id: Id) =>
  (await ctx.payload.findByID({ collection, draft: true, id, overrideAccess: true }))._status

describe('scheduled publishing', () => {
  it('publishes a draft event once its time has come, and refreshes its pages', async () => {
    const event = await createEvent(ctx.payload, { _status: 'draft', title: 'Geplante Tagung' })
    const session = await createSession(ctx.payload, event.id, { _status: 'draft', title: 'Eröffnung' })
    await schedulePublish('events', event.id, new Date(Date.now() + 3600_000))
    await schedulePublish('sessions', session.id, new Date(Date.now() - 1000))
    revalidate.mockClear()

    await ctx.payload.jobs.run()
    expect(await statusOf('sessions', session.id)).toBe('published')
    expect(await statusOf('events', event.id)).toBe('draft')

    await schedulePublish('events', event.id, new Date(Date.now() - 1000))
    await ctx.payload.jobs.run()
    expect(await statusOf('events', event.id)).toBe('published')
    const published = await ctx.payload.find({ collection: 'events', overrideAccess: false, where: { id: { equals: event.id } } })
    expect(published.docs.map(({ title }) => title)).toEqual(['Geplante Tagung'])

    const refreshed = revalidate.mock.calls.map(([{ collection, doc }]) => [collection, doc._status])
    expect(refreshed).toEqual([
      ['sessions', 'published'],
      ['events', 'published'],
    ])
  })

  it('runs from the production cron: GET /api/payload-jobs/run with CRON_SECRET', async () => {
    process.env.CRON_SECRET = 'cron-test-secret'
    const event = await createEvent(ctx.payload, { _status: 'draft', title: 'Per Cron' })
    await schedulePublish('events', event.id, new Date(Date.now() - 1000))
    expect((await runJobs()).status).toBe(401)
    expect((await runJobs('Bearer wrong')).status).toBe(401)
    expect(await statusOf('events', event.id)).toBe('draft')
    expect((await runJobs('Bearer cron-test-secret')).status).toBe(200)
    expect(await statusOf('events', event.id)).toBe('published')
  })

  it('leaves a job that is not due yet in the queue', async () => {
    const { totalDocs } = await ctx.payload.count({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { taskSlug: { equals: 'schedulePublish' } }] },
    })
    expect(totalDocs).toBe(1)
  })
})
