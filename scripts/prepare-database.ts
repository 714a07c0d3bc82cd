/**
 * Runs before `next build`: opening the database outside production creates or updates its
 * tables (Payload's schema push on SQLite and PostgreSQL), so the build can prerender pages
 * from a database that has every table, even an empty one.
 */
import { runScript } from './lib/runScript'

await runScript('Database preparation', async (payload) => {
  const { totalDocs } = await payload.count({ collection: 'events', overrideAccess: true })
  return `Schema is current; ${totalDocs} events stored.`
})
