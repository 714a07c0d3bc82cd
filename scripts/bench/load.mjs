/**
 * What both benchmarks share: their settings from the environment, and one measurement of a URL
 * under concurrent load with autocannon (warm-up discarded) beside its time without load.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

const number = (value, fallback) => (value !== undefined && value !== '' && Number.isFinite(Number(value)) ? Number(value) : fallback)

/** BENCH_CONNECTIONS (default per benchmark), BENCH_DURATION (10 s), BENCH_WARMUP (2 s). */
export const loadSettings = (connections) => ({
  connections: number(process.env.BENCH_CONNECTIONS, connections),
  duration: number(process.env.BENCH_DURATION, 10),
  warmup: number(process.env.BENCH_WARMUP, 2),
})

export const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN)

/** The median time of a few requests one after another, without load. */
const alone = async (url, times = 7) => {
  const took = []
  for (let i = 0; i < times; i += 1) {
    const start = performance.now()
    await (await fetch(url)).arrayBuffer()
    took.push(performance.now() - start)
  }
  return took.sort((a, b) => a - b)[Math.floor(times / 2)]
}

/** Load on one URL of this machine: warm-up (discarded), then the measured run. */
export const measure = async (url, settings) => {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`Refusing to load anything but 127.0.0.1: ${url}`)
  if (settings.warmup > 0) await autocannon({ connections: settings.connections, duration: settings.warmup, url })
  const single = await alone(url)
  const times = []
  const instance = autocannon({ connections: settings.connections, duration: settings.duration, url })
  instance.on('response', (client, statusCode, bytes, responseTime) => times.push(responseTime))
  const result = await instance
  times.sort((a, b) => a - b)
  return {
    alone: single,
    errors: result.errors,
    non2xx: result.non2xx,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requests: result.requests.total,
    reqPerSec: result.requests.total / (result.duration || settings.duration),
    timeouts: result.timeouts,
  }
}

/** The floor: the page's bytes from a bare Node `http` server in its own process. */
export const startFloor = async (body, contentType) => {
  const file = path.join(os.tmpdir(), `programm-bench-floor-${process.pid}.html`)
  fs.writeFileSync(file, body)
  const child = spawn(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), 'floor.mjs'), file, contentType], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim())))
    child.once('exit', (code) => reject(new Error(`the floor server ended (exit code ${code})`)))
  })
  return {
    stop: () => {
      child.kill('SIGTERM')
      fs.rmSync(file, { force: true })
    },
    url: `http://127.0.0.1:${port}/`,
  }
}
