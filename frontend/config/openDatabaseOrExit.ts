import { getPayload } from 'payload'

import { startVisitorApiBroadcast } from '../cache/visitorApiBroadcast'
import { forgetAnswersHere } from '../cache/visitorApiCache'

/**
 * Opens the database when the server starts, so a wrong DATABASE_URL or an unreachable database
 * stops `npm run dev` / `npm start` at once with one line instead of failing on the first request.
 * In development this is also when an empty database receives the demo symposium.
 */
export const openDatabaseOrExit = async (): Promise<void> => {
  try {
    // imported here: a DATABASE_URL with an unknown scheme already fails while the config loads
    const { default: config } = await import('@payload-config')
    await getPayload({ config })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.error(`Programm could not start: ${reason.split('\n')[0]}`)
    process.exit(1)
  }
}

/** With several instances sharing Redis (REDIS_URL), a change saved by one empties the visitor API cache of all. */
export const joinInstances = async (): Promise<void> => {
  const url = process.env.REDIS_URL
  if (!url) return
  try {
    await startVisitorApiBroadcast(url, forgetAnswersHere)
  } catch (error) {
    console.error(`Programm could not start: Redis at REDIS_URL: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
