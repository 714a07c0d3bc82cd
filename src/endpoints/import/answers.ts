import type { ImportError } from '../../lib/import/types'

/**
 * A file refused for what its rows hold: every problem at once, each with the file's line and
 * column where it has them, in Payload's error shape, so the admin panel can list them and API
 * clients read them like Payload's own. A refusal with one message throws `refuse` instead.
 */
export const rowErrors = (errors: ImportError[], ignoredColumns?: string[]): Response =>
  Response.json({ errors, ignoredColumns }, { status: 400 })
