/**
 * The secret that signs sessions. Development and tests get a fixed one so the quick start needs
 * no .env; a production server refuses to start without its own (a build may run without it).
 */
export const payloadSecret = (env: NodeJS.ProcessEnv = process.env): string => {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build') {
    throw new Error('PAYLOAD_SECRET is not set: a production server needs its own secret (see README).')
  }
  return 'programm-development-secret-not-for-production'
}
