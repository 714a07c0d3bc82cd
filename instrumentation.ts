/** Next calls this once when the server starts; the work itself needs Node.js, not the Edge runtime. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { joinInstances, openDatabaseOrExit } = await import('./frontend/config/openDatabaseOrExit')
  await openDatabaseOrExit()
  await joinInstances()
}
