/**
 * `npm run seed`: writes the demo content into the database named by DATABASE_URL (default
 * SQLite under data/). Safe to run again; existing demo documents are updated, not duplicated.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { seed } from './seed/index'

const collections = ['topics', 'organisations', 'venues', 'speakers', 'events', 'sessions', 'media'] as const

// libsql's native calls do not keep Node's event loop alive: without a timer, Node can decide
// the script has nothing left to do and exit in the middle of a query (exit code 13 or a silent 0).
const keepAlive = setInterval(() => undefined, 60_000)

try {
  const payload = await getPayload({ config })
  await seed(payload)
  const counts = await Promise.all(
    collections.map(async (collection) => {
      const { totalDocs } = await payload.count({ collection, overrideAccess: true })
      return `${totalDocs} ${collection}`
    }),
  )
  // console, not payload.logger: the logger writes asynchronously and process.exit would cut it off
  console.log(`Seed done. The database now holds ${counts.join(', ')}.`)
  clearInterval(keepAlive)
  process.exit(0)
} catch (error) {
  const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error)
  console.error(`Seed failed: ${reason}`)
  process.exit(1)
}
