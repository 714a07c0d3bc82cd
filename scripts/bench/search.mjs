/**
 * `npm run bench:search`: how fast the production build answers the map search under load.
 *
 * Generates (once) 500 venues and 5,000 published events into an SQLite file of its own
 * (scripts/bench/searchData.ts, kept at BENCH_SEARCH_DB, default data/bench-search.db, and
 * reused on the next run), starts `next start` on it and measures with autocannon at 20
 * connections: `GET /api/events/search?near=Köln&radius=50`, and the same ordered by distance
 * with a text filter. Prints p50/p95 latency and req/s against the target p95 ≤ 50 ms, and the
 * median of single requests without load ("alone"). A missed
 * target does not fail the run (figures, not tests); a run that could not measure exits non-zero.
 *
 * Settings: BENCH_CONNECTIONS (20), BENCH_DURATION (10 s), BENCH_WARMUP (2 s), BENCH_SEARCH_DB.
 */
import autocannon from 'autocannon'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { checkBuild, freePort, repoRoot, startServer } from '../e2e/server.mjs'

const number = (value, fallback) => (value !== undefined && value !== '' && Number.isFinite(Number(value)) ? Number(value) : fallback)

const settings = {
  connections: number(process.env.BENCH_CONNECTIONS, 20),
  duration: number(process.env.BENCH_DURATION, 10),
  warmup: number(process.env.BENCH_WARMUP, 2),
}
const targetP95Ms = 50
const database = path.resolve(repoRoot, process.env.BENCH_SEARCH_DB || 'data/bench-search.db')

const targets = [
  { label: 'near=Köln&radius=50', path: `/api/events/search?near=${encodeURIComponent('Köln')}&radius=50` },
  { label: '… &sort=distance&q=Fachtagung', path: `/api/events/search?near=${encodeURIComponent('Köln')}&radius=50&sort=distance&q=Fachtagung` },
]

const log = (line = '') => process.stdout.write(`${line}\n`)

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN)

/** The bench data, made by `payload run` as in development (the schema is pushed on the way). */
const generateData = () => {
  fs.mkdirSync(path.dirname(database), { recursive: true })
  const env = {
    ...process.env,
    DATABASE_URL: `file:${database}`,
    NODE_OPTIONS: '--no-deprecation --import=./scripts/lib/keepAlive.mjs',
    SCRIPT_TIME_LIMIT_SECONDS: '900',
  }
  delete env.NODE_ENV
  delete env.SEED_ON_EMPTY
  const started = Date.now()
  const run = spawnSync(path.join(repoRoot, 'node_modules/.bin/payload'), ['run', 'scripts/bench/searchData.ts'], {
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

/** The median time of a few requests one after another, without load. */
const alone = async (url, times = 9) => {
  const took = []
  for (let i = 0; i < times; i += 1) {
    const start = performance.now()
    await (await fetch(url)).arrayBuffer()
    took.push(performance.now() - start)
  }
  return took.sort((a, b) => a - b)[Math.floor(times / 2)]
}

const measure = async (url) => {
  if (settings.warmup > 0) await autocannon({ connections: settings.connections, duration: settings.warmup, url })
  const single = await alone(url)
  const times = []
  const instance = autocannon({ connections: settings.connections, duration: settings.duration, url })
  instance.on('response', (client, statusCode, bytes, responseTime) => times.push(responseTime))
  const result = await instance
  times.sort((a, b) => a - b)
  return {
    alone: single,
    non2xx: result.non2xx,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    reqPerSec: result.requests.total / (result.duration || settings.duration),
  }
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
      const check = await fetch(url)
      const body = await check.json()
      if (check.status !== 200) {
        log(`  ${target.label}: answered ${check.status} ${JSON.stringify(body).slice(0, 200)}, not measured`)
        failed = true
        continue
      }
      const result = await measure(url)
      const verdict = result.p95 <= targetP95Ms ? 'PASS' : 'MISS'
      log(
        `  ${target.label.padEnd(34)} ${String(body.totalDocs).padStart(4)} matches  ${Math.round(result.reqPerSec).toString().padStart(5)} req/s  p50 ${result.p50.toFixed(1).padStart(6)} ms  p95 ${result.p95.toFixed(1).padStart(6)} ms  alone ${result.alone.toFixed(1).padStart(5)} ms  (target p95 ≤ ${targetP95Ms} ms: ${verdict})${result.non2xx ? `  ${result.non2xx} answers not 2xx` : ''}`,
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
