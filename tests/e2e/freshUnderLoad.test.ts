/**
 * Changes made while visitors read the page show on it within seconds, every time, and still after
 * a restart. No browser: 20 readers fetch the event page in loops while an editor changes the
 * event and, 100 ms later, one of its sessions over REST, several rounds in a row. Each round the
 * page is polled a bounded number of times (the edits are never repeated) until it shows both
 * changes; a page that still shows old data then is stale.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'

import { freePort, startServer } from '../../scripts/e2e/server.mjs'
import { baseUrl, demo, rest, signInAsEditor, type Json } from './helpers/site'

const path = demo.de.event
const readers = 20
/** Each reader's loop ends after this many requests at the latest. */
const readsPerReader = 3_000
const rounds = 5
const editGapMs = 100
const pollTries = 20
const pollGapMs = 250

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const pageText = async (url: string): Promise<string> => {
  const response = await fetch(url + path)
  const text = await response.text()
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`)
  return text
}

/** `readers` loops of GETs until `stop()`; resolves with the number of requests made. */
const startReaders = () => {
  let stopped = false
  const loops = Array.from({ length: readers }, async () => {
    let reads = 0
    while (!stopped && reads < readsPerReader) {
      await pageText(baseUrl())
      reads += 1
    }
    return reads
  })
  return {
    stop: async () => {
      stopped = true
      return (await Promise.all(loops)).reduce((sum, reads) => sum + reads, 0)
    },
  }
}

let token: string
let event: Json
let session: Json

beforeAll(async () => {
  token = await signInAsEditor()
  const events = await rest('GET', `/api/events?where[slug][equals]=${path.split('/').pop()}&depth=0&locale=de`, undefined, token)
  event = events.body.docs[0]
  const sessions = await rest(
    'GET',
    `/api/sessions?where[event][equals]=${event.id}&where[_status][equals]=published&sort=start&limit=1&depth=0&locale=de`,
    undefined,
    token,
  )
  session = sessions.body.docs[0]
  expect([event?.summary, session?.title].every(Boolean)).toBe(true)
})

afterAll(async () => {
  if (event) await rest('PATCH', `/api/events/${event.id}?locale=de`, { summary: event.summary }, token)
  if (session) await rest('PATCH', `/api/sessions/${session.id}?locale=de`, { title: session.title }, token)
})

describe('a change made while visitors read the page', () => {
  const suffix = randomBytes(3).toString('hex')
  const marks = (round: number) => ({ event: `Zusammenfassung${round}x${suffix}`, session: `Programmpunkt${round}x${suffix}` })
  let restarted: Awaited<ReturnType<typeof startServer>> | undefined

  afterAll(async () => {
    await restarted?.stop()
  })

  test('shows on the page within seconds, every round', async () => {
    expect(await pageText(baseUrl())).toContain(session.title)
    const load = startReaders()
    const seen: string[] = []
    try {
      for (let round = 1; round <= rounds; round += 1) {
        const mark = marks(round)
        // the session is saved 100 ms after the event's save began, as by two editors at once
        const changed = rest('PATCH', `/api/events/${event.id}?locale=de`, { summary: `${event.summary} ${mark.event}` }, token)
        await sleep(editGapMs)
        const renamed = rest('PATCH', `/api/sessions/${session.id}?locale=de`, { title: `${session.title} ${mark.session}` }, token)
        expect((await Promise.all([changed, renamed])).map(({ status }) => status)).toEqual([200, 200])
        let shown = false
        for (let tries = 0; tries < pollTries && !shown; tries += 1) {
          if (tries > 0) await sleep(pollGapMs)
          const html = await pageText(baseUrl())
          shown = html.includes(mark.event) && html.includes(mark.session)
        }
        seen.push(`round ${round}: ${shown ? 'both changes shown' : 'stale'}`)
      }
    } finally {
      const reads = await load.stop()
      process.stdout.write(`[fresh under load] ${reads} reads by ${readers} readers; ${seen.join(', ')}\n`)
    }
    expect(seen).toEqual(Array.from({ length: rounds }, (_, index) => `round ${index + 1}: both changes shown`))
  }, 240_000)

  test('still shows after the server restarts', async () => {
    // a second server on the same build and database stands for the restarted one
    const databaseUrl = process.env.E2E_DATABASE_URL
    if (!databaseUrl) throw new Error('E2E_DATABASE_URL is not set: run the browser tests with `npm run test:e2e`.')
    restarted = await startServer({ databaseUrl, log: () => undefined, port: await freePort() })
    const last = marks(rounds)
    const html = await pageText(restarted.url)
    expect([html.includes(last.event), html.includes(last.session)]).toEqual([true, true])
  })
})
