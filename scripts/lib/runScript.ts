import { getPayload, type Payload } from 'payload'

import config from '../../payload.config'

/**
 * Runs a maintenance script against the database named by DATABASE_URL and exits with 0 or 1
 * and one line saying what happened.
 */
export const runScript = async (name: string, work: (payload: Payload) => Promise<string>): Promise<never> => {
  // the npm scripts preload scripts/lib/keepAlive.mjs, so the process lives until it exits here
  try {
    const payload = await getPayload({ config })
    const summary = await work(payload)
    // console, not payload.logger: the logger writes asynchronously and process.exit would cut it off
    console.log(`${name} done. ${summary}`)
    process.exit(0)
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error)
    console.error(`${name} failed: ${reason}`)
    process.exit(1)
  }
}
