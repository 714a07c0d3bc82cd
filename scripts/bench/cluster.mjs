/**
 * `npm run bench:cluster`: the event page under 50 concurrent connections (autocannon) through
 * nginx (its micro-cache in front of two instances), from one instance directly, and the same bytes
 * from a plain Node `http` server (the floor); req/s, p50, p99 and the ratios. Then the first render
 * after a publish: an editor saves the event through instance A, and the page is asked of
 * instance B (which renders it anew) and of nginx until it shows the change.
 *
 * Runs against the local cluster of `npm run cluster:up`; starts one (and stops it afterwards) when
 * none is up (`-- --reuse-build` as for cluster:up). Figures, no verdicts: the run fails only when it cannot measure.
 * Settings: BENCH_CONNECTIONS (50), BENCH_DURATION (10 s), BENCH_WARMUP (2 s).
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'

import { accountsFile, readState, repoRoot } from '../cluster/cluster.mjs'
import { loadSettings, measure, startFloor } from './load.mjs'

const settings = loadSettings(50)
const log = (line = '') => process.stdout.write(`${line}\n`)
const ms = (value) => `${value.toFixed(1)} ms`

const json = async (method, url, body, token) => {
  const response = await fetch(url, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    method,
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

/** An account allowed to publish: the cluster tests' editor, or a first admin made here. */
const signIn = async (site) => {
  const kept = fs.existsSync(accountsFile) ? JSON.parse(fs.readFileSync(accountsFile, 'utf8')).editor : undefined
  const account = kept ?? { email: 'bench@cluster.example.org', password: randomBytes(12).toString('hex') }
  if (!kept) {
    await json('POST', `${site}/api/users/first-register`, { ...account, name: 'Bench' })
    fs.writeFileSync(accountsFile, JSON.stringify({ admin: account, editor: account }))
  }
  return (await json('POST', `${site}/api/users/login`, account)).token
}

/** Times GETs of `url` until the page holds `text` (at most 10 s): the first answer's time and when it showed. */
const untilShown = async (url, text) => {
  const started = performance.now()
  let first
  while (performance.now() - started < 10_000) {
    const before = performance.now()
    const body = await (await fetch(url)).text()
    first ??= performance.now() - before
    if (body.includes(text)) return { first, shown: performance.now() - started }
  }
  return { first, shown: undefined }
}

const startedHere = !readState()
const upArgs = process.argv.slice(2).filter((arg) => arg === '--reuse-build')
if (startedHere && spawnSync('node', ['scripts/cluster/up.mjs', ...upArgs], { cwd: repoRoot, stdio: 'inherit' }).status !== 0) process.exit(1)
let code = 0
let floor
try {
  const state = readState()
  const [a, b] = state.instances.map((instance) => instance.url)
  const site = state.url
  const { docs } = await json('GET', `${site}/api/events?limit=1&depth=0&sort=-start`)
  const pagePath = `/veranstaltungen/${docs[0].slug}`
  // the page as visitors get it from the cache (the one request that renders it gets Next's own HTML)
  let page
  for (let i = 0; i < 2; i += 1) page = await fetch(`${a}${pagePath}`)
  const body = Buffer.from(await page.arrayBuffer())
  if (page.status !== 200) throw new Error(`${a}${pagePath} answered ${page.status}`)
  floor = await startFloor(body, page.headers.get('content-type') ?? 'text/html; charset=utf-8')

  log(`Node ${process.version}, ${os.cpus().length} CPU(s), load average ${os.loadavg().map((v) => v.toFixed(1)).join(' ')}`)
  log(`event page ${pagePath} (${(body.length / 1024).toFixed(1)} kB), ${settings.connections} connections, ${settings.duration} s each after ${settings.warmup} s warm-up`)
  const rows = []
  for (const [label, url] of [
    ['through nginx', `${site}${pagePath}`],
    ['one instance directly', `${a}${pagePath}`],
    ['floor: Node http, same bytes', floor.url],
  ]) {
    const result = await measure(url, settings)
    rows.push({ label, ...result })
    const failed = result.errors + result.non2xx + result.timeouts
    log(
      `${label.padEnd(30)} ${result.reqPerSec.toFixed(0).padStart(6)} req/s   p50 ${ms(result.p50).padStart(9)}   p99 ${ms(result.p99).padStart(9)}   alone ${ms(result.alone)}${failed ? `   ${failed} failed` : ''}`,
    )
  }
  const [viaNginx, direct, bare] = rows
  log(`nginx / floor: ${((viaNginx.reqPerSec / bare.reqPerSec) * 100).toFixed(0)} % of the req/s; nginx / one instance: ×${(viaNginx.reqPerSec / direct.reqPerSec).toFixed(1)}`)

  const token = await signIn(site)
  const title = `Bench ${randomBytes(3).toString('hex')}`
  const doc = await json('GET', `${site}/api/events/${docs[0].id}?depth=0&locale=de`)
  const savedAt = performance.now()
  await json('PATCH', `${a}/api/events/${doc.id}?locale=de`, { _status: 'published', title }, token)
  const saved = performance.now() - savedAt
  const [onB, onNginx] = await Promise.all([untilShown(`${b}${pagePath}`, title), untilShown(`${site}${pagePath}`, title)])
  log(`publish through instance A: saved in ${ms(saved)}`)
  log(`  instance B: first request after it ${ms(onB.first)} (renders the page anew), change shown after ${onB.shown === undefined ? 'more than 10 s' : ms(onB.shown)}`)
  log(`  nginx:      first request after it ${ms(onNginx.first)}, change shown after ${onNginx.shown === undefined ? 'more than 10 s' : ms(onNginx.shown)}`)
  // the demo's title again
  await json('PATCH', `${a}/api/events/${doc.id}?locale=de`, { _status: 'published', title: doc.title }, token)
} catch (error) {
  console.error(`bench:cluster could not measure: ${error.message}`)
  code = 1
} finally {
  floor?.stop()
  if (startedHere) spawnSync('node', ['scripts/cluster/down.mjs'], { cwd: repoRoot, stdio: 'inherit' })
}
process.exit(code)
