/**
 * A production server of this app on a freshly seeded SQLite database, for the browser tests
 * (`npm run test:e2e`) and the benchmark (`npm run bench`).
 *
 * It expects `next build` to have run (in `.next`, or in NEXT_DIST_DIR when that is set), seeds a
 * new database under the system temp folder with `npm run seed`, starts `next start` on a free
 * port of 127.0.0.1 with that DATABASE_URL and a random PAYLOAD_SECRET, and waits until Payload
 * answers. `stop()` ends the server (its whole process group) and removes the temp folder.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The folder of the production build: NEXT_DIST_DIR (as next.config.ts reads it) or `.next`. */
export const distDir = (env = process.env) => env.NEXT_DIST_DIR || '.next'

export class SetupError extends Error {
  constructor(message) {
    super(message)
    this.name = 'SetupError'
  }
}

/** Throws a SetupError that says how to make the build when there is none. */
export const checkBuild = (dist = distDir()) => {
  const buildId = path.join(repoRoot, dist, 'BUILD_ID')
  if (fs.existsSync(buildId)) return buildId
  const custom = dist === '.next' ? '' : `NEXT_DIST_DIR=${dist} `
  throw new SetupError(
    [
      `No production build found: ${path.join(dist, 'BUILD_ID')} does not exist.`,
      `Build first with \`${custom}npm run build\` (CI builds before this step).`,
      'The build prerenders pages from the database, so build on a seeded one, e.g.',
      `  DATABASE_URL=file:/tmp/programm-build.db npm run seed && ${custom}DATABASE_URL=file:/tmp/programm-build.db npm run build`,
    ].join('\n'),
  )
}

const sourceDirs = ['src', 'frontend', 'collections', 'payload.config.ts', 'next.config.ts']

const newestSource = (entry) => {
  const full = path.join(repoRoot, entry)
  if (!fs.existsSync(full)) return 0
  const stat = fs.statSync(full)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestSource(path.join(entry, child)))
  return newest
}

/** A warning when a source file changed after the build, so a stale build explains odd failures. */
export const staleBuildWarning = (dist = distDir()) => {
  const built = fs.statSync(path.join(repoRoot, dist, 'BUILD_ID')).mtimeMs
  const newest = Math.max(...sourceDirs.map(newestSource))
  if (newest <= built) return undefined
  return `Warning: source files changed after the build in ${dist} (built ${new Date(built).toISOString()}, newest source ${new Date(newest).toISOString()}); the server runs the old build.`
}

/** A port that was free a moment ago on 127.0.0.1. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

const tail = (text, lines = 40) => text.trim().split('\n').slice(-lines).join('\n')

/** Runs a command in the repo, resolving with its output; rejects with the output's tail on failure. */
const run = (command, args, { env, timeoutMs, what }) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL')
      reject(new SetupError(`${what} did not finish within ${timeoutMs / 1000} s. Its output:\n${tail(output)}`))
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(new SetupError(`${what} could not start: ${error.message}`))
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve(output)
      else reject(new SetupError(`${what} failed (${signal ?? `exit code ${code}`}). Its output:\n${tail(output)}`))
    })
  })

const alive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** The processes below `pid` (Next's server runs in a process group of its own). */
const descendants = (pid) => {
  const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((line) => Number(line.trim()))
    .filter((child) => child > 0)
  return children.flatMap((child) => [child, ...descendants(child)])
}

const signal = (pids, name) => {
  for (const pid of pids) {
    try {
      process.kill(pid, name)
    } catch {
      // already gone
    }
  }
}

const killGroup = (child, signal) => {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** The environment of the seed and the server: the given database, no inherited test settings. */
const baseEnv = (databaseUrl) => {
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1' }
  delete env.NODE_ENV // Jest sets `test`; the seed pushes the schema as in development
  delete env.NODE_OPTIONS // Jest's --experimental-vm-modules is not for the children
  delete env.SEED_ON_EMPTY
  delete env.PORT
  return env
}

/**
 * `npm run seed` into the database at `databaseUrl`.
 * @param {string} databaseUrl
 * @param {{ log?: (line: string) => void }} [options]
 */
export const seedDatabase = async (databaseUrl, { log = console.log } = {}) => {
  const started = Date.now()
  const output = await run('npm', ['run', '--silent', 'seed'], {
    env: baseEnv(databaseUrl),
    timeoutMs: 180_000,
    what: `\`npm run seed\` (DATABASE_URL=${databaseUrl})`,
  })
  // the seed prints "Seed done …" last; insist on it
  const summary = output.match(/Seed done[^\n\x1b]*/)?.[0]
  if (!summary) throw new SetupError(`\`npm run seed\` ended without "Seed done". Its output:\n${tail(output) || '(none)'}`)
  log(`${summary} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Next writes the pages it renders at run time (ISR) into <dist>/server/route-cache/ and serves
 * them again after a restart, while the marks of on-demand revalidation live only in the server's
 * memory. A run on a fresh database must not see pages rendered from an earlier run's database,
 * so a fresh start removes them; the build's own prerendered pages (server/app/) stay.
 */
export const clearRuntimeCache = (dist = distDir()) =>
  fs.rmSync(path.join(repoRoot, dist, 'server', 'route-cache'), { force: true, recursive: true })

/**
 * Starts `next start` on 127.0.0.1 and waits until Payload's REST API answers 200.
 * Returns { url, port, pid, logs(), stop() }.
 * `env` adds to the server's environment (e.g. MAP_TILE_URL for a local tile server).
 * @param {{ databaseUrl: string, port: number, dist?: string, secret?: string, timeoutMs?: number, log?: (line: string) => void, env?: Record<string, string> }} options
 */
export const startServer = async ({ databaseUrl, port, dist = distDir(), secret, timeoutMs = 90_000, log = console.log, env: extraEnv = {} }) => {
  checkBuild(dist)
  const env = {
    ...baseEnv(databaseUrl),
    ...extraEnv,
    NODE_ENV: 'production',
    NODE_OPTIONS: '--no-deprecation',
    PAYLOAD_SECRET: secret ?? randomBytes(24).toString('hex'),
    PORT: String(port),
  }
  if (dist !== '.next') env.NEXT_DIST_DIR = dist
  const nextBin = path.join(repoRoot, 'node_modules/next/dist/bin/next')
  const child = spawn(process.execPath, [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: repoRoot,
    detached: true, // its own process group, so stop() ends Next's workers too
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk) => {
    output += chunk
    if (output.length > 200_000) output = output.slice(-100_000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  let exited = null
  const exit = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      exited = signal ?? `exit code ${code}`
      resolve()
    }),
  )
  const killOnExit = () => {
    signal(descendants(child.pid), 'SIGKILL')
    killGroup(child, 'SIGKILL')
  }
  process.on('exit', killOnExit)

  const stop = async () => {
    process.off('exit', killOnExit)
    // `next start`, its process group, and the server it forks into a group of its own
    const pids = [child.pid, ...descendants(child.pid)]
    killGroup(child, 'SIGTERM')
    signal(pids, 'SIGTERM')
    for (let waited = 0; pids.some(alive) && waited < 5_000; waited += 100) await sleep(100)
    if (pids.some(alive)) {
      killGroup(child, 'SIGKILL')
      signal(pids, 'SIGKILL')
      await Promise.race([exit, sleep(2_000)])
    }
    child.stdout.destroy()
    child.stderr.destroy()
  }

  const url = `http://127.0.0.1:${port}`
  const probe = `${url}/api/events?limit=1&depth=0`
  const started = Date.now()
  let last = 'no answer yet'
  while (Date.now() - started < timeoutMs) {
    if (exited) {
      throw new SetupError(`\`next start\` ended (${exited}) before it answered. Its output:\n${tail(output)}`)
    }
    try {
      const response = await fetch(probe, { signal: AbortSignal.timeout(10_000) })
      await response.arrayBuffer()
      if (response.status === 200) {
        log(`Server ready at ${url} (build ${dist}, ${((Date.now() - started) / 1000).toFixed(1)} s)`)
        return { url, port, pid: child.pid, logs: () => output, stop }
      }
      last = `GET ${probe} answered ${response.status}`
    } catch (error) {
      last = error instanceof Error ? (error.cause?.code ?? error.message) : String(error)
    }
    await sleep(250)
  }
  await stop()
  throw new SetupError(`\`next start\` did not become ready within ${timeoutMs / 1000} s (${last}). Its output:\n${tail(output)}`)
}

/**
 * Checks the build, seeds a new SQLite database in a temp folder and starts the production server
 * on it. Returns the server plus { databaseUrl, tmpDir }; its stop() also removes the temp folder
 * (unless KEEP_E2E_TMP is set, for looking at the database and server log afterwards).
 */
/**
 * `port` when the caller must know the address before the start (say, for the site's own address
 * in NEXT_PUBLIC_SERVER_URL); a free one otherwise.
 * @param {{ label?: string, log?: (line: string) => void, env?: Record<string, string>, port?: number }} [options]
 */
export const startSeededServer = async ({ label = 'e2e', log = console.log, env, port } = {}) => {
  const dist = distDir()
  checkBuild(dist)
  const warning = staleBuildWarning(dist)
  if (warning) log(warning)
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), `programm-${label}-`))
  const databaseUrl = `file:${path.join(tmpDir, `${label}.db`)}`
  const cleanup = () => {
    if (process.env.KEEP_E2E_TMP) log(`Kept ${tmpDir}`)
    else fs.rmSync(tmpDir, { force: true, recursive: true })
  }
  try {
    await seedDatabase(databaseUrl, { log })
    clearRuntimeCache(dist)
    const server = await startServer({ databaseUrl, dist, env, log, port: port ?? (await freePort()) })
    return {
      ...server,
      databaseUrl,
      tmpDir,
      stop: async () => {
        await server.stop()
        if (process.env.KEEP_E2E_TMP) fs.writeFileSync(path.join(tmpDir, 'server.log'), server.logs())
        cleanup()
      },
    }
  } catch (error) {
    cleanup()
    throw error
  }
}
