/**
 * The production topology on one machine (`npm run cluster:up`: nginx on CLUSTER_PORT, two `next
 * start` instances A and B on one PostgreSQL and one Redis, the jobs worker): what visitors and
 * editors notice when there is more than one process. README "Production".
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import sharp from 'sharp'

import { type Account, accounts, cluster, type ClusterState, get, send, sleep, unique, within } from './helpers'

let state: ClusterState
let site: string
let a: string
let b: string
let admin: Account
let editor: Account
/** A published event of the demo, its page and id. */
let event: { id: number; slug: string; page: string }

beforeAll(async () => {
  state = cluster()
  site = state.url
  ;[a, b] = state.instances.map((instance) => instance.url)
  ;({ admin, editor } = await accounts(site))
  const { docs } = JSON.parse((await get(`${site}/api/events?limit=1&depth=0&sort=-start`)).text) as { docs: { id: number; slug: string }[] }
  event = { ...docs[0], page: `/veranstaltungen/${docs[0].slug}` }
})

const shows = async (url: string, text: string) => (await get(url)).text.includes(text)

describe('a publish', () => {
  it('shows on instance B and through nginx within 2 s of saving it through instance A; a later draft never shows', async () => {
    // both instances and nginx hold the page in their caches
    for (const url of [a, b, site, site]) expect((await get(`${url}${event.page}`)).status).toBe(200)
    expect((await get(`${site}${event.page}`)).headers.get('x-cache-status')).toBe('HIT')

    const title = unique('Cluster-Veröffentlichung')
    await send('PATCH', `${a}/api/events/${event.id}?locale=de`, { _status: 'published', title }, editor.token)
    const [onB, onNginx] = await Promise.all([
      within(2000, () => shows(`${b}${event.page}`, title)),
      within(2000, () => shows(`${site}${event.page}`, title)),
    ])
    console.log(`publish through A: on B after ${onB} ms, through nginx after ${onNginx} ms`)
    expect(onB).toBeDefined()
    expect(onNginx).toBeDefined()

    const draft = unique('Cluster-Entwurf')
    await send('PATCH', `${a}/api/events/${event.id}?locale=de&draft=true`, { _status: 'draft', title: draft }, editor.token)
    const seen = await within(3000, async () => {
      const page = (await get(`${site}${event.page}`)).text
      expect(page).toContain(title)
      return page.includes(draft)
    })
    expect(seen).toBeUndefined()
    expect(await shows(`${b}${event.page}`, draft)).toBe(false)
  })
})

describe('signed-in editors', () => {
  const personal = (): Record<string, string>[] => [
    { Cookie: `payload-token=${editor.token}` },
    { Authorization: `JWT ${editor.token}` },
    { Cookie: `payload-lng=de; __prerender_bypass=x` },
  ]

  it('are never answered from nginx’s cache, and their answers are marked as not to be kept', async () => {
    expect((await get(`${site}${event.page}`)).headers.get('x-cache-status')).toMatch(/HIT|MISS|EXPIRED|UPDATING|STALE/)
    for (let round = 0; round < 3; round += 1) {
      for (const headers of personal()) {
        const answer = await get(`${site}${event.page}`, headers)
        expect(answer.headers.get('x-cache-status')).toBe('BYPASS')
        expect(answer.headers.get('cache-control')).toBe('private, no-store')
      }
      const admin = await get(`${site}/admin`, { Cookie: `payload-token=${editor.token}` })
      expect(admin.headers.get('x-cache-status')).not.toBe('HIT')
    }
  })

  it('are never served another user’s answer', async () => {
    const who = async (headers: Record<string, string>) => {
      const answer = await get(`${site}/api/users/me`, headers)
      // an anonymous visitor's "nobody" is the same for all and may come from the cache
      if (headers.Cookie) expect(answer.headers.get('x-cache-status')).toBe('BYPASS')
      return (JSON.parse(answer.text) as { user: { email: string } | null }).user?.email ?? null
    }
    // what a browser sends along with the session cookie, which Payload requires of cookie sessions
    const browser = { 'Sec-Fetch-Site': 'same-origin' }
    for (let round = 0; round < 10; round += 1) {
      expect(await who({ ...browser, Cookie: `payload-token=${admin.token}` })).toBe(admin.email)
      expect(await who({ ...browser, Cookie: `payload-token=${editor.token}` })).toBe(editor.email)
      expect(await who({})).toBeNull()
    }
  })
})

describe('a crashed instance', () => {
  it('costs no request: kill -9 of B during 2,500 requests through nginx fails none, and B restarts and answers', async () => {
    const instanceB = state.instances[1]
    const pid = Number(fs.readFileSync(instanceB.pidFile, 'utf8'))
    const total = 2500
    const connections = 16
    let next = 0
    let done = 0
    const failures: string[] = []
    let killedAt: number | undefined
    const worker = async () => {
      while (next < total) {
        // a new address each time, so nginx's cache cannot answer and every request reaches an instance
        const n = next++
        try {
          const answer = await get(`${site}${event.page}?load=${n}`)
          if (answer.status !== 200) failures.push(`#${n}: ${answer.status}`)
        } catch (error) {
          failures.push(`#${n}: ${(error as Error).message}`)
        }
        done += 1
        if (done === 300 && killedAt === undefined) {
          killedAt = done
          // the instance's whole process tree, as a crash of the machine's process would take it
          const tree = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
            .stdout.split('\n')
            .map(Number)
            .filter(Boolean)
          for (const victim of [pid, ...tree]) process.kill(victim, 'SIGKILL')
        }
      }
    }
    await Promise.all(Array.from({ length: connections }, worker))
    console.log(`${done} requests through nginx, instance B killed after ${killedAt}: ${failures.length} failed`)
    expect(killedAt).toBe(300)
    expect(failures).toEqual([])

    const restarted = await within(90_000, async () => {
      const now = Number(fs.readFileSync(instanceB.pidFile, 'utf8'))
      if (now === pid) return false
      try {
        return (await get(`${b}${event.page}`)).status === 200
      } catch {
        return false
      }
    })
    console.log(`instance B answered again ${restarted} ms after the load`)
    expect(restarted).toBeDefined()
    expect((await get(`${b}/api/events?limit=1&depth=0`)).status).toBe(200)
    // 2,500 requests take about 2 minutes on a loaded 2-core machine
  }, 300_000)
})

describe('scheduled publishing with two instances', () => {
  it('publishes once, through the one jobs worker, and the page shows', async () => {
    const title = unique('Geplante Cluster-Tagung')
    const created = await send(
      'POST',
      `${a}/api/events?locale=de&draft=true`,
      {
        _status: 'draft',
        attendanceMode: 'offline',
        end: '2031-05-13T15:00:00.000Z',
        end_tz: 'Europe/Berlin',
        start: '2031-05-12T07:00:00.000Z',
        start_tz: 'Europe/Berlin',
        status: 'scheduled',
        title,
      },
      editor.token,
    )
    const { id } = created.doc as { id: number }
    const anonymous = `${b}/api/events/${id}?depth=0`
    expect((await get(anonymous)).status).toBe(404)

    // what the admin's "Schedule publish" queues (as tests/int/scheduled-publish.test.ts does
    // through Payload): the job row, due in two seconds
    const db = new pg.Client({ connectionString: state.databaseUrl })
    await db.connect()
    try {
      const input = { doc: { relationTo: 'events', value: id }, type: 'publish', user: { relationTo: 'users', value: editor.id } }
      await db.query(`insert into payload_jobs (input, task_slug, queue, wait_until) values ($1, 'schedulePublish', 'default', now() + interval '2 seconds')`, [
        JSON.stringify(input),
      ])
      const published = await within(20_000, async () => (await get(anonymous)).status === 200)
      console.log(`scheduled publication public on instance B ${published} ms after queueing`)
      expect(published).toBeDefined()
      const { slug } = JSON.parse((await get(anonymous)).text) as { slug: string }
      const shown = await within(3000, async () => (await shows(`${site}/veranstaltungen/${slug}`, title)))
      expect(shown).toBeDefined()
      // three more rounds of the worker: nothing publishes it again
      await sleep(6000)
      const { rows } = await db.query(`select count(*)::int as published from _events_v where parent_id = $1 and version__status = 'published'`, [id])
      expect(rows[0].published).toBe(1)
      const pending = await db.query(`select count(*)::int as jobs from payload_jobs where input->'doc'->>'value' = $1 and completed_at is null`, [String(id)])
      expect(pending.rows[0].jobs).toBe(0)
    } finally {
      await db.end()
    }
  })
})

describe('uploads', () => {
  it('made through instance A are served by instance B', async () => {
    const png = await sharp({ create: { background: '#c03', channels: 3, height: 30, width: 40 } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'cluster-upload.png')
    form.append('_payload', JSON.stringify({ alt: 'Rotes Rechteck' }))
    const response = await fetch(`${a}/api/media`, { body: form, headers: { Authorization: `JWT ${editor.token}` }, method: 'POST' })
    const text = await response.text()
    expect(response.status).toBe(201)
    const { doc } = JSON.parse(text) as { doc: { url: string; sizes: { thumbnail: { url: string | null } } } }
    for (const server of [b, site]) {
      const file = await fetch(`${server}${new URL(doc.url, a).pathname}`)
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toBe('image/png')
      expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true)
    }
  })
})
