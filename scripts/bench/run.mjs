/**
 * `npm run bench`: how fast the production build serves the public site under concurrent load.
 *
 * Starts `next start` on a freshly seeded SQLite database (the same start-up as the browser
 * tests, scripts/e2e/server.mjs) and measures with autocannon, 50 connections, 10 s each after a
 * short warm-up: an event page, the programme-heavy event page (the event with the most sessions),
 * Payload's REST list of published events, and three references: a fully static page of the same
 * app, a small cached page under a [slug] route like the event page's (a venue: what Next itself
 * costs such a route), and the event page's bytes served by Node's `http` (the floor). It prints
 * p50/p95 latency, req/s, the ratios, each page's JavaScript bytes, and the targets with
 * PASS/MISS. A missed target does not fail the run (figures, not tests); only a run that could not
 * measure (no build, a failed start, a page that does not answer 200 before the load) exits
 * non-zero.
 *
 * Settings: BENCH_CONNECTIONS (50), BENCH_DURATION (10 s), BENCH_WARMUP (2 s),
 * BENCH_EVENT_SLUG (the typical event page), BENCH_STATIC_PATH (the static reference),
 * NEXT_DIST_DIR (the build folder). Results also go to bench-results/<time>.json (gitignored).
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { distDir, repoRoot, startSeededServer } from '../e2e/server.mjs'
import { loadSettings, measure, startFloor } from './load.mjs'

const settings = loadSettings(50)

const targets = { eventP95Ms: 50, eventVsStatic: 0.9, restP95Ms: 100 }

const restList = '/api/events?where[_status][equals]=published&limit=10&depth=1'

const log = (line = '') => process.stdout.write(`${line}\n`)

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`

/** GET with the raw bytes as sent (compressed when `gzip`), plus the decoded body. */
const fetchRaw = (url, { gzip = false } = {}) =>
  new Promise((resolve, reject) => {
    const request = http.get(url, { headers: gzip ? { 'Accept-Encoding': 'gzip' } : {} }, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => {
        const raw = Buffer.concat(chunks)
        const encoding = response.headers['content-encoding']
        let body = raw
        if (encoding === 'gzip') body = zlib.gunzipSync(raw)
        else if (encoding === 'br') body = zlib.brotliDecompressSync(raw)
        resolve({ body, headers: response.headers, raw, status: response.statusCode })
      })
      response.on('error', reject)
    })
    request.setTimeout(30_000, () => request.destroy(new Error(`GET ${url} timed out`)))
    request.on('error', reject)
  })

/** A page as the cache serves it: the first request after a start or a change renders it afresh. */
const fetchCached = async (url) => {
  await fetchRaw(url)
  return fetchRaw(url)
}

const getJson = async (base, pathname) => {
  const { body, status } = await fetchRaw(base + pathname)
  if (status !== 200) throw new Error(`GET ${pathname} answered ${status}: ${body.toString().slice(0, 300)}`)
  return JSON.parse(body.toString())
}

/**
 * The JavaScript a visitor's browser downloads for the page as the cache serves it: its
 * <script src> files (not the `nomodule` ones, which today's browsers skip), plus the size of the
 * inline scripts (JSON-LD is data for search engines, not a script, and is left out).
 */
const javascriptOf = async (base, pathname) => {
  const page = await fetchCached(base + pathname)
  const html = page.body.toString()
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((match) => !/\bnomodule\b/i.test(match[0]))
  const sources = [...new Set(tags.map((match) => match[1].replace(/&amp;/g, '&')))]
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((match) => !/\btype="application\/ld\+json"/i.test(match[1]))
    .reduce((sum, match) => sum + Buffer.byteLength(match[2]), 0)
  let bytes = 0
  let gzipBytes = 0
  for (const source of sources) {
    const url = new URL(source, base + pathname)
    if (url.hostname !== '127.0.0.1') continue // only the app's own files are measured
    const file = await fetchRaw(url.href, { gzip: true })
    bytes += file.body.length
    gzipBytes += file.raw.length
  }
  return { bytes, files: sources.length, gzipBytes, htmlBytes: page.body.length, inline, status: page.status }
}


/**
 * The static reference: BENCH_STATIC_PATH; else a page the build prerendered for good (no
 * revalidation); else a prerendered public page (the start page); else /robots.txt.
 */
const pickStatic = () => {
  if (process.env.BENCH_STATIC_PATH) return { path: process.env.BENCH_STATIC_PATH, why: 'BENCH_STATIC_PATH' }
  const manifestFile = path.join(repoRoot, distDir(), 'prerender-manifest.json')
  const routes = fs.existsSync(manifestFile) ? JSON.parse(fs.readFileSync(manifestFile, 'utf8')).routes ?? {} : {}
  const pages = Object.entries(routes).filter(
    ([route, info]) => info.routeType !== 'route' && info.dataRoute && !route.startsWith('/_') && (info.initialStatus ?? 200) === 200,
  )
  const forGood = pages.find(([, info]) => info.initialRevalidateSeconds === false)
  if (forGood) return { path: forGood[0], why: 'prerendered at build, never revalidated by time' }
  const home = pages.find(([route]) => route === '/')
  if (home) return { path: '/', why: `prerendered at build (revalidate ${home[1].initialRevalidateSeconds} s)` }
  return { path: '/robots.txt', why: 'no prerendered page in the build; a static route handler instead' }
}

const loadAverage = () => os.loadavg().map((value) => value.toFixed(1)).join(' ')

const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a')
const pass = (ok) => (ok ? 'PASS' : 'MISS')
const pad = (text, width) => String(text).padEnd(width)
const padLeft = (text, width) => String(text).padStart(width)

const main = async () => {
  const started = Date.now()
  log(`Programm benchmark: ${settings.connections} connections, ${settings.duration} s per target after ${settings.warmup} s warm-up`)
  log(`Node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? 'unknown'}), build in ${distDir()}`)
  log()
  const server = await startSeededServer({ label: 'bench', log })
  let floor
  let failed = false
  try {
    const base = server.url
    // which events exist, and how many programme items each has
    const events = await getJson(base, '/api/events?where[_status][equals]=published&limit=100&depth=0&select[slug]=true')
    const sessions = await getJson(base, '/api/sessions?pagination=false&depth=0&select[event]=true')
    const count = new Map()
    for (const session of sessions.docs) {
      const event = typeof session.event === 'object' && session.event ? session.event.id : session.event
      count.set(event, (count.get(event) ?? 0) + 1)
    }
    const ranked = events.docs
      .map((event) => ({ sessions: count.get(event.id) ?? 0, slug: event.slug }))
      .sort((a, b) => a.sessions - b.sessions)
    if (ranked.length === 0) throw new Error('The seeded database has no published event to measure.')
    const heaviest = ranked[ranked.length - 1]
    const typical =
      (process.env.BENCH_EVENT_SLUG && ranked.find((event) => event.slug === process.env.BENCH_EVENT_SLUG)) ||
      ranked.find((event) => event.sessions > 0) ||
      ranked[0]
    if (process.env.BENCH_EVENT_SLUG && typical.slug !== process.env.BENCH_EVENT_SLUG) {
      throw new Error(`BENCH_EVENT_SLUG=${process.env.BENCH_EVENT_SLUG} is not a published event.`)
    }
    const staticRef = pickStatic()

    const eventPage = `/veranstaltungen/${typical.slug}`
    const heavyPage = `/veranstaltungen/${heaviest.slug}`
    const rows = [
      { key: 'event', label: `event page (${typical.sessions} sessions)`, path: eventPage },
      ...(heaviest.slug !== typical.slug
        ? [{ key: 'heavy', label: `programme-heavy page (${heaviest.sessions} sessions)`, path: heavyPage }]
        : []),
      { key: 'rest', label: 'REST list, depth 1', path: restList },
      { key: 'static', label: 'static reference', path: staticRef.path },
    ]
    log(`Event pages: ${ranked.map((event) => `${event.slug} (${event.sessions} sessions)`).join(', ')}`)
    log(`Static reference: ${staticRef.path}, ${staticRef.why}`)

    // what each page costs a visitor's browser, and whether the server answers it from its cache
    log()
    log('Pages as the cache serves them (HTML and the JavaScript files they load; the cache header):')
    const extraPages = [
      { label: 'home', path: '/' },
      { label: 'home (en)', path: '/en' },
    ]
    // the floor serves the cached copy visitors get
    const eventHtml = await fetchCached(base + eventPage)
    for (const match of eventHtml.body.toString().matchAll(/href="(\/(?:referierende|orte)\/[^"#?]+)"/g)) {
      const kind = match[1].startsWith('/orte/') ? 'venue' : 'speaker'
      if (!extraPages.some((page) => page.label === kind)) extraPages.push({ label: kind, path: match[1] })
    }
    // the control: a small cached page under a [slug] route like the event page's; what it loses
    // against the static reference is Next's own work per request for such a route, not ours
    const venue = extraPages.find((page) => page.label === 'venue')
    if (venue) rows.push({ key: 'control', label: 'venue page (cached, [slug] route)', path: venue.path })
    const pageRows = [...rows.filter((row) => row.key !== 'rest'), ...extraPages].filter(
      (row, index, all) => all.findIndex((other) => other.path === row.path) === index,
    )
    for (const row of pageRows) {
      const js = await javascriptOf(base, row.path)
      const again = await fetchRaw(base + row.path)
      const cache = again.headers['x-nextjs-cache'] ?? (again.headers['x-nextjs-prerender'] ? 'prerendered' : '-')
      row.js = js
      log(
        `  ${pad(row.path, 52)} ${padLeft(js.status, 3)}  HTML ${padLeft(kB(js.htmlBytes), 9)}  JS ${padLeft(js.files, 2)} files ${padLeft(kB(js.bytes), 9)} (${kB(js.gzipBytes)} gzip), inline scripts ${kB(js.inline)}  cache: ${cache}; cache-control: ${again.headers['cache-control'] ?? '-'}`,
      )
    }

    log()
    log(`Load (${settings.connections} connections, ${settings.duration} s each; "alone": median of 5 requests without load; load average ${loadAverage()}):`)
    const results = {}
    const measureRow = async (row, url) => {
      const check = await fetchRaw(url)
      if (check.status !== 200) {
        log(`  ${pad(row.label, 36)} ${row.path}: answered ${check.status}, not measured`)
        failed = true
        return
      }
      const result = await measure(url, settings)
      results[row.key] = { ...result, label: row.label, path: row.path }
      const problems = [
        result.non2xx ? `${result.non2xx} answers not 2xx` : '',
        result.timeouts ? `${result.timeouts} timed out after 10 s, not in the percentiles` : '',
        result.errors > result.timeouts ? `${result.errors - result.timeouts} other errors` : '',
      ].filter(Boolean)
      log(
        `  ${pad(row.label, 36)} ${padLeft(Math.round(result.reqPerSec).toLocaleString('en'), 7)} req/s   p50 ${padLeft(ms(result.p50), 9)}   p95 ${padLeft(ms(result.p95), 9)}   alone ${padLeft(ms(result.alone), 9)}   ${row.path}${problems.length ? `\n  ${pad('', 36)} (${problems.join('; ')})` : ''}`,
      )
    }
    for (const row of rows) await measureRow(row, base + row.path)

    floor = await startFloor(eventHtml.body, eventHtml.headers['content-type'] ?? 'text/html; charset=utf-8')
    await measureRow({ key: 'floor', label: 'floor (event page bytes, Node http)', path: eventPage }, floor.url)

    const { control, event, heavy, rest, static: staticResult, floor: floorResult } = results
    log(`  (load average now ${loadAverage()}: other work on this machine slows every figure alike)`)
    log()
    log('Ratios:')
    if (event && staticResult) log(`  event page / static reference req/s: ${(event.reqPerSec / staticResult.reqPerSec).toFixed(2)}`)
    if (heavy && staticResult) log(`  programme-heavy page / static reference req/s: ${(heavy.reqPerSec / staticResult.reqPerSec).toFixed(2)}`)
    if (event && floorResult) log(`  event page / floor req/s: ${(event.reqPerSec / floorResult.reqPerSec).toFixed(3)}`)
    if (staticResult && floorResult) log(`  static reference / floor req/s: ${(staticResult.reqPerSec / floorResult.reqPerSec).toFixed(3)}`)
    if (control && staticResult) {
      log(
        `  venue page / static reference req/s: ${(control.reqPerSec / staticResult.reqPerSec).toFixed(2)} (a page of the start page's size under a [slug] route: Next's ceiling for the event page)`,
      )
    }

    log()
    log('Targets (figures, not tests: a MISS does not fail the run):')
    const verdicts = []
    const target = (name, figure, goal, ok) => {
      verdicts.push({ figure, goal, name, ok })
      log(`  ${pad(name, 48)} ${pad(figure, 12)} target ${pad(goal, 10)} ${pass(ok)}`)
    }
    if (event && staticResult) {
      const ratio = event.reqPerSec / staticResult.reqPerSec
      target('event page req/s vs static reference', `${(ratio * 100).toFixed(0)} %`, '≥ 90 %', ratio >= targets.eventVsStatic)
    }
    if (heavy && staticResult) {
      const ratio = heavy.reqPerSec / staticResult.reqPerSec
      target('programme-heavy page req/s vs static reference', `${(ratio * 100).toFixed(0)} %`, '≥ 90 %', ratio >= targets.eventVsStatic)
    }
    if (event) target('event page p95', ms(event.p95), '≤ 50 ms', event.p95 <= targets.eventP95Ms)
    if (heavy) target('programme-heavy page p95', ms(heavy.p95), '≤ 50 ms', heavy.p95 <= targets.eventP95Ms)
    if (rest) target('REST list p95', ms(rest.p95), '≤ 100 ms', rest.p95 <= targets.restP95Ms)
    const eventJs = pageRows.find((row) => row.key === 'event')?.js
    if (eventJs) {
      // DESIGN.md: "public pages ship no JavaScript except the map"
      target('event page JavaScript files (design)', kB(eventJs.bytes), '0 kB', eventJs.files === 0)
    }

    const out = path.join(repoRoot, 'bench-results')
    fs.mkdirSync(out, { recursive: true })
    const file = path.join(out, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
    const pagesOut = Object.fromEntries(pageRows.map((row) => [row.path, row.js]))
    fs.writeFileSync(file, JSON.stringify({ cpus: os.cpus().length, node: process.version, pages: pagesOut, results, settings, verdicts }, null, 2))
    log()
    log(`Written to ${path.relative(repoRoot, file)}; total ${((Date.now() - started) / 1000).toFixed(0)} s.`)
    if (failed) log('Some targets did not answer 200 and were not measured.')
  } finally {
    floor?.stop()
    await server.stop()
  }
  return failed ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Benchmark failed: ${error.message}`)
    process.exit(1)
  },
)
