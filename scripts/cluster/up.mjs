/**
 * `npm run cluster:up`: the production topology on this machine (README "Production"), on the
 * running PostgreSQL and Redis:
 *   1. a fresh PostgreSQL database (CLUSTER_DATABASE_URL), migrated (`npm run migrate`) and seeded;
 *      the site's keys in Redis (CLUSTER_REDIS_URL or REDIS_URL) emptied;
 *   2. one production build (`npm run build` into CLUSTER_DIST_DIR, default .next-cluster;
 *      `-- --reuse-build` keeps an existing one);
 *   3. CLUSTER_INSTANCES (2) × `next start` on free ports of 127.0.0.1, sharing the database,
 *      Redis and one media folder, each kept running by scripts/cluster/supervise.mjs;
 *   4. the jobs worker (scripts/worker.mjs);
 *   5. nginx (deploy/nginx.conf, filled in) on CLUSTER_PORT (8080), as the current user.
 * Returns once all of them answer and prints their addresses. Everything it writes is under
 * tmp/cluster/; `npm run cluster:down` stops it all.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@redis/client'

import { freePort } from '../e2e/server.mjs'
import { runNpm } from '../lib/runNpm.mjs'
import { accountsFile, alive, clusterDir, readState, repoRoot, settings, stopCluster, waitFor, writeState } from './cluster.mjs'

const log = (line) => console.log(`[cluster] ${line}`)
const started = Date.now()
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`

class UpError extends Error {}

const config = settings()
const reuseBuild = process.argv.includes('--reuse-build')

const running = readState()
if (running) {
  console.error('cluster:up: a local cluster is recorded as running (tmp/cluster/cluster.json); run `npm run cluster:down` first.')
  process.exit(1)
}

const nginxBinary = ['/usr/sbin/nginx', ...(process.env.PATH ?? '').split(':').map((dir) => path.join(dir, 'nginx'))].find((file) =>
  fs.existsSync(file),
)

const tail = (text, lines = 30) => text.trim().split('\n').slice(-lines).join('\n')

/** An npm script with the cluster's environment; its output's tail in the error when it fails. */
const npm = async (script, env, limitMs) => {
  const result = await runNpm(script, { cwd: repoRoot, env, limitMs })
  if (result.code !== 0) {
    throw new UpError(`npm run ${script} ${result.timedOut ? `did not finish within ${limitMs / 1000} s` : 'failed'}:\n${tail(result.output)}`)
  }
  return result.output.trim().split('\n').at(-1)
}

/** Drops and creates the cluster's database, through psql on the server's `postgres` database. */
const freshDatabase = (databaseUrl) => {
  const url = new URL(databaseUrl)
  const name = decodeURIComponent(url.pathname.slice(1))
  if (!/^[\w-]+$/.test(name)) throw new UpError(`CLUSTER_DATABASE_URL names the database "${name}": use letters, digits, _ and - only.`)
  url.pathname = '/postgres'
  const psql = spawnSync('psql', [url.toString(), '-v', 'ON_ERROR_STOP=1', '-qc', `drop database if exists "${name}" with (force)`, '-c', `create database "${name}"`], {
    encoding: 'utf8',
  })
  if (psql.status !== 0) throw new UpError(`Could not create the database ${name}: ${(psql.stderr || psql.error?.message || '').trim()}`)
}

/** Removes the site's keys (pages, tags) from Redis, so no page of an earlier database is served. */
const emptyRedis = async (redisUrl) => {
  const client = createClient({ url: redisUrl })
  client.on('error', () => {})
  try {
    await client.connect()
    let removed = 0
    for await (const keys of client.scanIterator({ COUNT: 1000, MATCH: 'programm:*' })) {
      if (keys.length) removed += await client.unlink(keys)
    }
    return removed
  } catch (error) {
    throw new UpError(`Redis at ${redisUrl}: ${error.message}`)
  } finally {
    await client.close().catch(() => {})
  }
}

const supervise = (name, command, args, env) => {
  const pidFile = path.join(clusterDir, `${name}.pid`)
  const logFile = path.join(clusterDir, `${name}.log`)
  fs.rmSync(logFile, { force: true })
  const supervisor = spawn(process.execPath, [path.join(repoRoot, 'scripts/cluster/supervise.mjs'), name, pidFile, logFile, '--', command, ...args], {
    cwd: repoRoot,
    detached: true,
    env,
    stdio: 'ignore',
  })
  supervisor.unref()
  return { logFile, name, pidFile, supervisorPid: supervisor.pid }
}

const fill = (template, values) => template.replace(/@@(\w+)@@/g, (_, key) => values[key] ?? '')

const startNginx = (nginxDir, upstreamPorts) => {
  for (const dir of ['temp', 'cache']) fs.mkdirSync(path.join(nginxDir, dir), { recursive: true })
  const asRoot = process.getuid?.() === 0
  // run as root (CI), nginx would hand its workers to `nobody`: they need to write the cache
  if (asRoot) spawnSync('chown', ['-R', 'nobody:nogroup', path.join(nginxDir, 'temp'), path.join(nginxDir, 'cache')])
  const conf = path.join(nginxDir, 'nginx.conf')
  const template = fs.readFileSync(path.join(repoRoot, 'deploy/nginx.conf'), 'utf8')
  fs.writeFileSync(
    conf,
    (asRoot ? 'user nobody nogroup;\n' : '') +
      fill(template, {
        LISTEN: '127.0.0.1',
        PORT: String(config.port),
        RUN_DIR: nginxDir,
        UPSTREAMS: upstreamPorts.map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=2s;`).join('\n    '),
      }),
  )
  const args = ['-c', conf, '-p', nginxDir, '-e', path.join(nginxDir, 'error.log')]
  const result = spawnSync(nginxBinary, args, { encoding: 'utf8' })
  if (result.status !== 0) throw new UpError(`nginx did not start: ${(result.stderr || result.stdout).trim()}`)
  return { conf, dir: nginxDir, pidFile: path.join(nginxDir, 'nginx.pid') }
}

const serviceEnv = (extra) => {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra }
  delete env.PORT
  delete env.SEED_ON_EMPTY
  return env
}

const state = { startedAt: new Date().toISOString() }
try {
  if (!nginxBinary) throw new UpError('nginx is not installed: apt-get install -y nginx-light')
  fs.mkdirSync(clusterDir, { recursive: true })
  const mediaDir = path.join(clusterDir, 'media')
  fs.rmSync(mediaDir, { force: true, recursive: true })
  const payloadSecret = randomBytes(24).toString('hex')
  const cronSecret = randomBytes(24).toString('hex')
  const url = `http://127.0.0.1:${config.port}`
  const appEnv = {
    DATABASE_URL: config.databaseUrl,
    MEDIA_DIR: mediaDir,
    NEXT_DIST_DIR: config.distDir,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: payloadSecret,
  }
  Object.assign(state, { cronSecret, databaseUrl: config.databaseUrl, distDir: config.distDir, mediaDir, payloadSecret, redisUrl: config.redisUrl, url })

  freshDatabase(config.databaseUrl)
  fs.rmSync(accountsFile, { force: true })
  log(`database ${config.databaseUrl}: ${await npm('migrate', appEnv, 180_000)}`)
  log(await npm('seed', appEnv, 180_000))
  log(`Redis ${config.redisUrl}: removed ${await emptyRedis(config.redisUrl)} cached entries of earlier runs`)

  const buildId = path.join(repoRoot, config.distDir, 'BUILD_ID')
  if (reuseBuild && fs.existsSync(buildId)) log(`reusing the build in ${config.distDir}`)
  else {
    log(`building into ${config.distDir} (a few minutes) …`)
    await npm('build', appEnv, 900_000)
    log(`built (${seconds()})`)
  }

  const ports = []
  for (let i = 0; i < config.instances; i += 1) ports.push(await freePort())
  const nextBin = path.join(repoRoot, 'node_modules/next/dist/bin/next')
  state.instances = ports.map((port, i) => ({
    ...supervise(
      `instance-${String.fromCharCode(97 + i)}`,
      process.execPath,
      [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)],
      serviceEnv({ ...appEnv, CRON_SECRET: cronSecret, NEXT_PUBLIC_SERVER_URL: url, NODE_OPTIONS: '--no-deprecation', REDIS_URL: config.redisUrl }),
    ),
    port,
    url: `http://127.0.0.1:${port}`,
  }))
  writeState(state)
  state.nginx = startNginx(path.join(clusterDir, 'nginx'), ports)
  writeState(state)
  for (const instance of state.instances) {
    const problem = await waitFor(`${instance.url}/api/events?limit=1&depth=0`, 120_000, () => !alive(instance.supervisorPid))
    if (problem) throw new UpError(`${instance.name} did not answer: ${problem}\nIts log (${instance.logFile}):\n${tail(fs.readFileSync(instance.logFile, 'utf8'))}`)
  }
  state.worker = supervise('worker', process.execPath, [path.join(repoRoot, 'scripts/worker.mjs')], {
    ...serviceEnv({ CRON_SECRET: cronSecret, JOBS_INTERVAL_SECONDS: String(config.jobsIntervalSeconds), JOBS_URL: url }),
    NODE_OPTIONS: '',
  })
  writeState(state)
  const nginxProblem = await waitFor(`${url}/`, 60_000)
  if (nginxProblem) throw new UpError(`nginx did not answer: ${nginxProblem}`)
  if (!alive(state.worker.supervisorPid)) throw new UpError(`the jobs worker ended; see ${state.worker.logFile}`)

  log(`up in ${seconds()}:`)
  log(`  site (nginx)   ${url}   admin ${url}/admin`)
  for (const instance of state.instances) log(`  ${instance.name.padEnd(13)} ${instance.url}   log ${path.relative(repoRoot, instance.logFile)}`)
  log(`  jobs worker    every ${config.jobsIntervalSeconds} s through nginx   log ${path.relative(repoRoot, state.worker.logFile)}`)
  log(`  database       ${config.databaseUrl}`)
  log(`  Redis          ${config.redisUrl}`)
  log(`  media          ${path.relative(repoRoot, mediaDir)}`)
  log('Stop it all with `npm run cluster:down`.')
  process.exit(0)
} catch (error) {
  console.error(`cluster:up failed (${seconds()}): ${error instanceof UpError ? error.message : error.stack}`)
  await stopCluster(state, log)
  process.exit(1)
}
