import type { Payload } from 'payload'

/**
 * `npm run dev` sets SEED_ON_EMPTY so a fresh clone opens on the demo symposium; a database that
 * already holds events is left alone. It also says how to sign in the first time.
 */
export const seedOnFirstRun = async (payload: Payload): Promise<void> => {
  if (process.env.SEED_ON_EMPTY !== 'true') return
  const { totalDocs } = await payload.count({ collection: 'events', overrideAccess: true })
  if (totalDocs === 0) {
    const { seed } = await import('./index')
    await seed(payload)
  }
  const users = await payload.count({ collection: 'users', overrideAccess: true })
  if (users.totalDocs === 0) {
    payload.logger.info('No admin account yet: open /admin and create the first one (it becomes an admin).')
  }
}
