/**
 * `npm run migrate`: applies the committed migrations of the database's adapter (migrations/sqlite
 * or migrations/postgres) that the database has not run yet, as `payload migrate` does, and says
 * in one line how many it holds, or why it could not.
 */
import { runScript } from './lib/runScript'

// as `payload migrate` does: no schema push while migrating, even outside production
process.env.PAYLOAD_MIGRATING = 'true'

await runScript(
  'Migration',
  async (payload) => {
    await payload.db.migrate()
    const { totalDocs } = await payload.count({ collection: 'payload-migrations', overrideAccess: true })
    return `The database has run ${totalDocs} migration${totalDocs === 1 ? '' : 's'} (${payload.db.name}).`
  },
  { disableOnInit: true },
)
