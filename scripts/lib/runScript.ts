import { getPayload, type Payload } from 'payload'

import config from '../../payload.config'

/**
 * Runs a maintenance script against the database named by DATABASE_URL and exits with 0 or 1
 * and one line saying what happened.
 */
export const runScript = async (name: string, work: (payload: Payload) => Promise<string>): Promise<never> => {
  // libsql's native calls do not keep Node's event loop alive: without a timer, Node can decide
  // the script has nothing left to do and exit in the middle of a query (exit code 13 or a silent 0).
  const keepAlive = setInterval(() => undefined, 60_000)
  try {
    const payload = await getPayload({ config })
    const summary = await work(payload)
    // console, not payload.logger: the logger writes asynchronously and process.exit would cut it off
    console.log(`${name} done. ${summary}`)
    clearInterval(keepAlive)
    process.exit(0)
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error)
    console.error(`${name} failed: ${reason}`)
    process.exit(1)
  }
}
