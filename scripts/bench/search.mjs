/**
 * `npm run bench:search`: how fast the production build answers the map search under load.
 *
 * Generates (once) 500 venues and 5,000 published events into an SQLite file of its own
 * (scripts/bench/searchData.ts, kept at BENCH_SEARCH_DB, default data/bench-search.db, and
 * reused on the next run), starts `next start` on it and measures with autocannon at 20
 * connections: `GET /api/events/search?near=Köln&radius=50`, and the same ordered by distance
 * with a text filter. Prints p50/p95 latency and req/s against the target p95 ≤ 50 ms, and the
 * median of single requests without load ("alone"), and the first answer, which Payload computes
 * ("computed"; the server then keeps the answer for visitors until content changes, see
 * frontend/cache/visitorApiCache.ts). A missed target does not fail the run (figures, not tests); a run that could not measure exits non-zero.
 *
 * Settings: BENCH_CONNECTIONS (20), BENCH_DURATION (10 s), BENCH_WARMUP (2 s), BENCH_SEARCH_DB.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { checkBuild, freePort, repoRoot, startServer } from '../e2e/server.mjs'
import { loadSettings, measure } from './load.mjs'

const settings = loadSettings(20)
const targetP95Ms = 50
const database = path.resolve(repoRoot, process.env.BENCH_SEARCH_DB || 'data/bench-search.db')

const targets = [
  { label: 'near=Köln&radius=50', path: `/api/events/search?near=${encodeURIComponent('Köln')}&radius=50` },
  { label: '… &sort=distance&q=Fachtagung', path: `/api/events/search?near=${encodeURIComponent('Köln')}&radius=50&sort=distance&q=Fachtagung` },
]

const log = (line = '') => process.stdout.write(`${line}\n`)

/** The bench data, made by `npm run payload run` as in development (the schema is pushed on the way). */
const generateData = () => {
  fs.mkdirSync(path.dirname(database), { recursive: true })
  const env = { ...process.env, DATABASE_URL: `file:${database}` }
  delete env.NODE_ENV
  delete env.NODE_OPTIONS // the npm script sets its own
  delete env.SEED_ON_EMPTY
  const started = Date.now()
  const run = spawnSync('npm', ['run', '--silent', 'payload', '--', 'run', 'scripts/bench/searchData.ts'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env,
    timeout: 1_000_000,
  })
  const output = `${run.stdout}${run.stderr}`
  const summary = output.match(/Search bench data done[^\n]*/)?.[0]
  if (!summary) throw new Error(`Generating the bench data failed:\n${output.trim().split('\n').slice(-20).join('\n')}`)
  log(`${summary} (${((Date.now() - started) / 1000).toFixed(0)} s, ${path.relative(repoRoot, database)})`)
}

const main = async () => {
  checkBuild()
  log(`Search benchmark: ${settings.connections} connections, ${settings.duration} s per target after ${settings.warmup} s warm-up`)
  log(`Node ${process.version}, ${os.cpus().length} CPU(s), load average ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`)
  generateData()
  const server = await startServer({ databaseUrl: `file:${database}`, log, port: await freePort() })
  let failed = false
  try {
    log()
    for (const target of targets) {
      const url = server.url + target.path
      // the first request is computed by Payload; later ones come from the visitor cache until a change
      const started = performance.now()
      const check = await fetch(url)
      const body = await check.json()
      const computed = performance.now() - started
      if (check.status !== 200) {
        log(`  ${target.label}: answered ${check.status} ${JSON.stringify(body).slice(0, 200)}, not measured`)
        failed = true
        continue
      }
      const result = await measure(url, settings)
      const verdict = result.p95 <= targetP95Ms ? 'PASS' : 'MISS'
      log(
        `  ${target.label.padEnd(34)} ${String(body.totalDocs).padStart(4)} matches  ${Math.round(result.reqPerSec).toString().padStart(5)} req/s  p50 ${result.p50.toFixed(1).padStart(6)} ms  p95 ${result.p95.toFixed(1).padStart(6)} ms  alone ${result.alone.toFixed(1).padStart(5)} ms  computed ${computed.toFixed(0).padStart(4)} ms  (target p95 ≤ ${targetP95Ms} ms: ${verdict})${result.non2xx ? `  ${result.non2xx} answers not 2xx` : ''}`,
      )
    }
  } finally {
    await server.stop()
  }
  return failed ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Search benchmark failed: ${error.message}`)
    process.exit(1)
  },
)
