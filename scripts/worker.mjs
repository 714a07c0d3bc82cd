/**
 * The jobs worker (README "Production"): runs Payload's job queue, which publishes scheduled
 * events and sessions, in one place for all instances. Every JOBS_INTERVAL_SECONDS (default 60)
 * it calls `GET /api/payload-jobs/run` of the site at JOBS_URL with `Authorization: Bearer
 * <CRON_SECRET>`, one call at a time, so each due job runs once. The job runs inside the instance
 * that answers (through nginx, which never repeats this call on another instance), where
 * publishing refreshes the pages of every instance like an editor's publish does.
 *
 * Why not `payload jobs:run` in a process of its own: a publication made outside the Next server
 * cannot refresh Next's pages (revalidatePath needs a request), and that loader is the one that
 * stalls on Node 20 (README "Deploy commands on Node 20"). This is plain Node with no dependencies.
 *
 * Stops on SIGTERM/SIGINT after the call in flight.
 */
const base = process.env.JOBS_URL
const secret = process.env.CRON_SECRET
const intervalMs = Number(process.env.JOBS_INTERVAL_SECONDS || 60) * 1000

if (!base || !secret || !(intervalMs > 0)) {
  console.error('Jobs worker: set JOBS_URL (the site, e.g. http://127.0.0.1:8080), CRON_SECRET and optionally JOBS_INTERVAL_SECONDS (> 0).')
  process.exit(1)
}

const url = new URL('/api/payload-jobs/run?queue=default&limit=100', base)
let stopping = false
let wake = () => {}

const stop = () => {
  stopping = true
  wake()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

const runDueJobs = async () => {
  try {
    const response = await fetch(url, { headers: { authorization: `Bearer ${secret}` }, signal: AbortSignal.timeout(120_000) })
    const body = await response.text()
    if (!response.ok) console.error(`Jobs worker: ${url} answered ${response.status}: ${body.slice(0, 200)}`)
  } catch (error) {
    console.error(`Jobs worker: ${url}: ${error.cause?.code ?? error.message}`)
  }
}

console.log(`Jobs worker: running due jobs through ${url.origin} every ${intervalMs / 1000} s`)
while (!stopping) {
  await runDueJobs()
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, intervalMs)
    wake = () => {
      clearTimeout(timer)
      resolve()
    }
  })
}
