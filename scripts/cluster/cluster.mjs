/**
 * The local cluster (`npm run cluster:up` / `cluster:down`, README "Production"): where its files
 * live, its settings, and the record of what runs (tmp/cluster/cluster.json), which `cluster:down`,
 * the cluster tests and `npm run bench:cluster` read.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const clusterDir = path.join(repoRoot, 'tmp', 'cluster')
export const stateFile = path.join(clusterDir, 'cluster.json')
/** The accounts the cluster tests and the bench made on the cluster's database; gone with that database. */
export const accountsFile = path.join(clusterDir, 'accounts.json')

/** The settings, from the environment, with the defaults of a development machine and of CI. */
export const settings = (env = process.env) => ({
  port: Number(env.CLUSTER_PORT || 8080),
  databaseUrl: env.CLUSTER_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/programm_cluster',
  redisUrl: env.CLUSTER_REDIS_URL || env.REDIS_URL || 'redis://127.0.0.1:6379/0',
  instances: Number(env.CLUSTER_INSTANCES || 2),
  distDir: env.CLUSTER_DIST_DIR || '.next-cluster',
  // the local cluster runs due jobs every 2 s, so a scheduled publication shows at once
  jobsIntervalSeconds: Number(env.CLUSTER_JOBS_INTERVAL_SECONDS || 2),
})

export const readState = () => {
  try {
    return JSON.parse(fs.readFileSync(stateFile, 'utf8'))
  } catch {
    return undefined
  }
}

export const writeState = (state) => {
  fs.mkdirSync(clusterDir, { recursive: true })
  fs.writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`)
}

export const alive = (pid) => {
  if (!pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** The processes below `pid`, children first found first. */
export const descendants = (pid) =>
  spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((line) => Number(line.trim()))
    .filter((child) => child > 0)
    .flatMap((child) => [child, ...descendants(child)])

export const readPid = (file) => {
  try {
    return Number(fs.readFileSync(file, 'utf8').trim()) || undefined
  } catch {
    return undefined
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `url` until it answers 200, at most `timeoutMs`; returns the last problem otherwise. */
export const waitFor = async (url, timeoutMs, isDead = () => false) => {
  const started = Date.now()
  let last = 'no answer yet'
  while (Date.now() - started < timeoutMs) {
    if (isDead()) return `${url}: the process ended`
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
      await response.arrayBuffer()
      if (response.status === 200) return undefined
      last = `${url} answered ${response.status}`
    } catch (error) {
      last = `${url}: ${error.cause?.code ?? error.message}`
    }
    await sleep(250)
  }
  return last
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

/**
 * Stops what `state` records: each supervisor (which ends its service's process group), the
 * service's own processes (Next forks its server into a group of its own), and nginx by its pid
 * file. Ends stragglers after 15 s. Only the recorded processes and their children are touched.
 */
export const stopCluster = async (state, log = console.log) => {
  const services = [...(state.instances ?? []), ...(state.worker ? [state.worker] : [])]
  const pids = services.flatMap(({ pidFile, supervisorPid }) => {
    const service = readPid(pidFile)
    return [supervisorPid, ...(service ? [service, ...descendants(service)] : [])]
  })
  const nginxPid = state.nginx && readPid(state.nginx.pidFile)
  signal(services.map(({ supervisorPid }) => supervisorPid), 'SIGTERM')
  signal(pids, 'SIGTERM')
  if (nginxPid) signal([nginxPid], 'SIGQUIT')
  const all = [...pids, ...(nginxPid ? [nginxPid, ...descendants(nginxPid)] : [])]
  for (let waited = 0; all.some(alive) && waited < 15_000; waited += 200) await sleep(200)
  const left = all.filter(alive)
  if (left.length) {
    log(`Ending ${left.length} process(es) that did not stop within 15 s: ${left.join(', ')}`)
    signal(left, 'SIGKILL')
  }
  fs.rmSync(stateFile, { force: true })
}
