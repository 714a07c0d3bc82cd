/**
 * `npm run seed`: writes the demo content into the database named by DATABASE_URL (default
 * SQLite under data/). Safe to run again; existing demo documents are updated, not duplicated.
 */
import { runScript } from './lib/runScript'
import { seed } from '../frontend/seed/index'

const collections = ['topics', 'organisations', 'venues', 'speakers', 'events', 'sessions', 'media', 'pages'] as const

await runScript('Seed', async (payload) => {
  await seed(payload)
  const counts = await Promise.all(
    collections.map(async (collection) => {
      const { totalDocs } = await payload.count({ collection, overrideAccess: true })
      return `${totalDocs} ${collection}`
    }),
  )
  return `The database now holds ${counts.join(', ')}.`
})
