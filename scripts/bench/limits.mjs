/**
 * `npm run bench:limits`: what the limits on one request cost and spare, against the production
 * build on a freshly seeded SQLite database (needs `npm run build` first).
 *
 * 1. GraphQL: how long the refusal of the query that once ran the server out of memory takes
 *    (events → sessions → event → sessions …, eight joins deep, as a visitor), beside a legitimate
 *    query (an event's programme with its speakers).
 * 2. CSV import: a dry run of the largest file allowed (maxRows sessions, src/lib/import/limits.ts)
 *    while visitors keep asking for `/api/events?limit=1`: their p50/p99 latency before and during
 *    the import, and the import's time alone and under that load.
 * 3. CSV import: a chunked upload without Content-Length that would go on for 200 MB: when the
 *    413 arrives, and how much had been sent by then.
 *
 * Figures, not tests: the run fails only when it could not measure.
 * Settings: BENCH_VISITORS (concurrent visitors, 4), BENCH_REPEAT (GraphQL requests per query, 50).
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { repoRoot, startSeededServer } from '../e2e/server.mjs'
import { percentile } from './load.mjs'

const visitors = Number(process.env.BENCH_VISITORS || 4)
const repeat = Number(process.env.BENCH_REPEAT || 50)
const maxRows = Number(/maxRows = (\d+)/.exec(fs.readFileSync(path.join(repoRoot, 'src/lib/import/limits.ts'), 'utf8'))[1])

const log = (line = '') => process.stdout.write(`${line}\n`)
const ms = (value) => `${value.toFixed(1).padStart(7)} ms`

const nestedQuery = (() => {
  let selection = 'title'
  for (let level = 0; level < 8; level++) selection = `sessions { docs { title event { title ${selection} } } }`
  return `{ Events { docs { title ${selection} } } }`
})()

const programmeQuery = '{ Events(limit: 1) { docs { title sessions { docs { title speakers { role speaker { name } } } } } } }'

/** Times a function `times` times one after another; returns the sorted durations. */
const timed = async (times, run) => {
  const took = []
  for (let i = 0; i < times; i += 1) {
    const start = performance.now()
    await run()
    took.push(performance.now() - start)
  }
  return took.sort((a, b) => a - b)
}

const graphql = async (url, query) => {
  const response = await fetch(`${url}/api/graphql`, {
    body: JSON.stringify({ query }),
    headers: { Accept: 'application/graphql-response+json', 'Content-Type': 'application/json' },
    method: 'POST',
  })
  return { body: await response.json(), status: response.status }
}

const benchGraphQL = async (url) => {
  log('GraphQL')
  const refused = await graphql(url, nestedQuery)
  const codes = (refused.body.errors ?? []).map((error) => error.extensions?.code).join(', ')
  log(`  nested query answers ${refused.status} (${codes || 'no refusal!'})`)
  const legit = await graphql(url, programmeQuery)
  if (legit.status !== 200 || legit.body.errors) throw new Error(`the programme query failed: ${JSON.stringify(legit.body).slice(0, 300)}`)
  for (const [label, query] of [
    ['refusal of the nested query', nestedQuery],
    ['an event’s programme (answered)', programmeQuery],
  ]) {
    const took = await timed(repeat, () => graphql(url, query))
    log(`  ${label.padEnd(34)} p50 ${ms(percentile(took, 50))}  p95 ${ms(percentile(took, 95))}  (${repeat} requests)`)
  }
}

const berlinDay = (iso) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(iso))

/** The first account becomes an admin; signs it in. */
const signIn = async (url) => {
  const account = { email: 'bench@example.org', password: 'bench password 123', name: 'Bench' }
  await fetch(`${url}/api/users/first-register`, { body: JSON.stringify(account), headers: { 'Content-Type': 'application/json' }, method: 'POST' })
  const response = await fetch(`${url}/api/users/login`, { body: JSON.stringify(account), headers: { 'Content-Type': 'application/json' }, method: 'POST' })
  const { token } = await response.json()
  if (!token) throw new Error(`signing in failed (${response.status})`)
  return `JWT ${token}`
}

/** A sessions file of `rows` rows on the first day of the seeded event, each with a seeded speaker. */
const sessionsFile = async (url, auth, rows) => {
  const read = async (pathname) => (await fetch(url + pathname, { headers: { Authorization: auth } })).json()
  const [event] = (await read('/api/events?limit=1&depth=0&draft=true')).docs
  const [speaker] = (await read('/api/speakers?limit=1&depth=0')).docs
  const day = berlinDay(event.start)
  const lines = Array.from({ length: rows }, (_, index) => {
    const minute = String(index % 60).padStart(2, '0')
    return `${event.slug};Vortrag ${index};${day} 10:${minute};${day} 11:${minute};Saal ${index % 7};Vortrag;${speaker.slug}`
  })
  return `Veranstaltung;Titel;Beginn;Ende;Raum;Art;Referierende\n${lines.join('\n')}\n`
}

const dryRun = async (url, auth, csv) => {
  const start = performance.now()
  const response = await fetch(`${url}/api/sessions/import?dryRun=1`, {
    body: csv,
    headers: { Authorization: auth, 'Content-Type': 'text/csv; charset=utf-8' },
    method: 'POST',
  })
  const body = await response.json()
  if (response.status !== 200) throw new Error(`the dry run answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`)
  return { rows: body.create.length, took: performance.now() - start }
}

/** Visitors asking one after another until `until` resolves; the time of each answer. */
const visit = async (url, until) => {
  let done = false
  until.then(() => (done = true))
  const took = []
  await Promise.all(
    Array.from({ length: visitors }, async () => {
      while (!done) {
        const start = performance.now()
        await (await fetch(`${url}/api/events?limit=1`)).arrayBuffer()
        if (!done) took.push(performance.now() - start)
      }
    }),
  )
  return took.sort((a, b) => a - b)
}

const benchImport = async (url) => {
  log()
  log(`CSV import: dry run of ${maxRows} sessions while ${visitors} visitors read /api/events?limit=1`)
  const auth = await signIn(url)
  const csv = await sessionsFile(url, auth, maxRows)
  await dryRun(url, auth, csv) // warm-up: the first run compiles the route
  const alone = await dryRun(url, auth, csv)
  const before = await visit(url, new Promise((resolve) => setTimeout(resolve, 3000)))
  const running = dryRun(url, auth, csv)
  const during = await visit(url, running)
  const { rows, took } = await running
  log(`  import alone             ${ms(alone.took)} (${(csv.length / 1024).toFixed(0)} kB, ${alone.rows} rows)`)
  log(`  import with visitors     ${ms(took)} (${rows} rows)`)
  log(`  visitors before import   p50 ${ms(percentile(before, 50))}  p99 ${ms(percentile(before, 99))}  (${before.length} requests)`)
  log(`  visitors during import   p50 ${ms(percentile(during, 50))}  p99 ${ms(percentile(during, 99))}  (${during.length} requests)`)
  return auth
}

/** Sends chunks without Content-Length until the server answers (or 200 MB are sent). */
const benchChunked = (url, auth) =>
  new Promise((resolve, reject) => {
    const limit = 200 * 1024 * 1024
    const chunk = Buffer.alloc(64 * 1024, 'a;b;c\n')
    let sent = 0
    let answered = false
    const start = performance.now()
    const request = http.request(`${url}/api/sessions/import?dryRun=1`, {
      headers: { Authorization: auth, 'Content-Type': 'text/csv', 'Transfer-Encoding': 'chunked' },
      method: 'POST',
    })
    request.on('response', (response) => {
      answered = true
      const took = performance.now() - start
      response.resume()
      log()
      log('CSV import: chunked upload without Content-Length, up to 200 MB')
      log(`  answered ${response.statusCode} after ${took.toFixed(0)} ms, ${(sent / 1024 / 1024).toFixed(1)} MB sent by then (limit 2 MB)`)
      request.destroy()
      resolve()
    })
    request.on('error', (error) => (answered ? undefined : reject(error)))
    const write = () => {
      while (!answered && sent < limit) {
        sent += chunk.length
        if (!request.write(chunk)) return request.once('drain', write)
      }
      if (!answered) request.end()
    }
    write()
  })

const main = async () => {
  log(`Limits benchmark: Node ${process.version}, ${os.cpus().length} CPU(s), load average ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`)
  const server = await startSeededServer({ label: 'bench-limits', log })
  try {
    log()
    await benchGraphQL(server.url)
    const auth = await benchImport(server.url)
    await benchChunked(server.url, auth)
  } finally {
    await server.stop()
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Limits benchmark failed: ${error.message}`)
    process.exit(1)
  },
)
