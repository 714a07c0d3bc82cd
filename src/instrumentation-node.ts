import { getPayload } from 'payload'

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
