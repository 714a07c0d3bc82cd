/**
 * `npm run bench:writes`: how many saves per second SQLite takes now that every save runs in a
 * transaction, and that concurrent saves all succeed. On a fresh SQLite file (data/bench-writes.db,
 * made anew each run) with demo-sized events, it PATCHes events through the Local API (validation,
 * hooks, a new version each time): one at a time, BENCH_WRITERS (10) at once on one event and on
 * different events, and the same from two processes at once on the same file. It prints writes/s
 * and errors per run; errors should be 0 (figures, not tests: nothing fails the run).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const file = path.join(root, 'data/bench-writes.db')
process.env.DATABASE_URL = `file:${file}`

const writes = Number(process.env.BENCH_WRITES) || 200
const writers = Number(process.env.BENCH_WRITERS) || 10
const child = process.argv[2] === 'child'

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')

if (!child) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
const payload = await getPayload({ config })

const eventIds = async (): Promise<(number | string)[]> => {
  const { docs } = await payload.find({ collection: 'events', depth: 0, limit: writers, select: {}, sort: 'id' })
  if (docs.length >= writers) return docs.map(({ id }) => id)
  for (let index = docs.length; index < writers; index++) {
    await payload.create({
      collection: 'events',
      data: { title: `Bench ${index}`, start: '2030-05-12T07:00:00.000Z', end: '2030-05-12T15:00:00.000Z', _status: 'published' } as never,
    })
  }
  return eventIds()
}

type Result = { errors: number; messages: Set<string>; seconds: number; writes: number }

/** `count` PATCHes spread over `concurrency` workers; the event of write i is `target(i)`. */
const run = async (count: number, concurrency: number, target: (i: number) => number | string): Promise<Result> => {
  const result: Result = { errors: 0, messages: new Set(), seconds: 0, writes: 0 }
  let next = 0
  const started = process.hrtime.bigint()
  const worker = async () => {
    while (next < count) {
      const i = next++
      try {
        await payload.update({ collection: 'events', data: { summary: `Stand ${i}` }, id: target(i) })
        result.writes++
      } catch (error) {
        result.errors++
        result.messages.add(error instanceof Error ? error.message : String(error))
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  result.seconds = Number(process.hrtime.bigint() - started) / 1e9
  return result
}

const line = (label: string, { errors, messages, seconds, writes: done }: Result) =>
  `${label.padEnd(44)} ${String(done).padStart(5)} writes  ${(done / seconds).toFixed(1).padStart(7)} writes/s  ${errors} errors${messages.size ? ` (${[...messages].join('; ')})` : ''}`

const ids = await eventIds()
if (child) {
  process.stderr.write(`process ${process.pid} writing\n`)
  const result = await run(writes, writers, (i) => ids[i % ids.length])
  process.stdout.write(`${JSON.stringify({ ...result, messages: [...result.messages] })}\n`)
  process.exit(0)
}

const childRun = () =>
  new Promise<Result>((resolve) => {
    const proc = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'child'], {
      // the schema is in place: two processes pushing it at once would collide
      env: { ...process.env, PAYLOAD_MIGRATING: 'true' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    proc.stdout.on('data', (chunk) => (out += chunk))
    proc.on('exit', () => {
      const last = out.trim().split('\n').pop() ?? ''
      try {
        const parsed = JSON.parse(last)
        resolve({ ...parsed, messages: new Set(parsed.messages) })
      } catch {
        // seen here: a process that stalls while tsx loads it (payloadcms/payload#17757) and is stopped
        resolve({ errors: 1, messages: new Set(['a process ended without a result']), seconds: 0, writes: 0 })
      }
    })
  })

console.log(`SQLite, transactions on, ${writes} PATCHes of an event per run (Local API)`)
console.log(line('one at a time', await run(writes, 1, (i) => ids[i % ids.length])))
console.log(line(`${writers} at once, the same event`, await run(writes, writers, () => ids[0])))
console.log(line(`${writers} at once, ${writers} events`, await run(writes, writers, (i) => ids[i % ids.length])))
await payload.destroy()
const started = process.hrtime.bigint()
const both = await Promise.all([childRun(), childRun()])
const seconds = Number(process.hrtime.bigint() - started) / 1e9
console.log(
  line(`2 processes × ${writers} at once, ${writers} events`, {
    errors: both[0].errors + both[1].errors,
    messages: new Set([...both[0].messages, ...both[1].messages]),
    seconds,
    writes: both[0].writes + both[1].writes,
  }),
)
process.exit(0)
