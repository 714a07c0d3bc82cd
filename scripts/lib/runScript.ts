import { getPayload, type InitOptions, type Payload } from 'payload'

/**
 * Runs a maintenance script against the database named by DATABASE_URL and exits with 0 or 1
 * and one line saying what happened.
 */
export const runScript = async (
  name: string,
  work: (payload: Payload) => Promise<string>,
  options: Omit<InitOptions, 'config'> = {},
): Promise<never> => {
  try {
    // imported here, not at the top: a DATABASE_URL the config refuses then ends in the line below
    const config = await (await import('../../payload.config')).default
    // Payload's synchronous logger, as its own CLI uses: its lines come before the summary, in order
    const payload = await getPayload({ ...options, config: { ...config, logger: 'sync' } })
    const summary = await work(payload)
    console.log(`${name} done. ${summary}`)
    process.exit(0)
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error)
    console.error(`${name} failed: ${reason}`)
    process.exit(1)
  }
}
