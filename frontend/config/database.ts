import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { readBadDatesAsEmpty } from './sqliteDates'
import { sqliteBusyTimeoutMs, sqliteTransactions } from './sqliteTransactions'
import { SettingError } from './settingError'

export const defaultDatabaseUrl = 'file:./data/programm.db'

const schemes = 'file: (SQLite, the default), postgres:// or postgresql:// (PostgreSQL), mongodb:// or mongodb+srv:// (MongoDB)'

/** Hides the password of a connection string before it is printed. */
export const redact = (url: string): string => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')

export class DatabaseUrlError extends SettingError {}

/**
 * Runs the adapter's connect without the error entry it logs when connecting fails (with the
 * whole stack): the DatabaseUrlError thrown instead says it in one line. Other entries pass.
 */
const withoutFailureEntry = async (logger: Payload['logger'], connect: () => Promise<void>): Promise<void> => {
  const logError = logger.error
  logger.error = ((entry: unknown, ...rest: unknown[]) => {
    if (typeof entry === 'object' && entry !== null && 'err' in entry) return
    logError.call(logger, entry as object, ...(rest as []))
  }) as typeof logger.error
  try {
    await connect()
  } finally {
    logger.error = logError
  }
}

/** Turns a failed connection into one line that says what was tried and what would work. */
const explainConnectFailure = (adapter: DatabaseAdapterObj, url: string): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    const connect = instance.connect
    if (connect) {
      instance.connect = async function (options) {
        try {
          await withoutFailureEntry(instance.payload.logger, () => connect.call(instance, options))
        } catch (error) {
          const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error)
          throw new DatabaseUrlError(
            `Could not open the database at DATABASE_URL ${redact(url)}: ${reason} (supported: ${schemes})`,
          )
        }
      }
    }
    return instance
  },
})

const sqliteFile = (url: string, baseDir: string): string => {
  const file = url.slice('file:'.length).replace(/^\/\//, '')
  const absolute = path.isAbsolute(file) ? file : path.resolve(baseDir, file)
  fs.mkdirSync(path.dirname(absolute), { recursive: true })
  return absolute
}

/**
 * Picks the database adapter from DATABASE_URL: unset or `file:` → SQLite (WAL, transactions) under `data/`,
 * `postgres://` → PostgreSQL, `mongodb://` → MongoDB. Anything else stops start-up with one line.
 */
export const databaseAdapter = (
  url: string = process.env.DATABASE_URL || defaultDatabaseUrl,
  baseDir: string = process.cwd(),
): DatabaseAdapterObj => {
  if (url.startsWith('file:')) {
    const file = sqliteFile(url, baseDir)
    return explainConnectFailure(
      sqliteTransactions(
        sqliteAdapter({
          afterSchemaInit: [readBadDatesAsEmpty],
          busyTimeout: sqliteBusyTimeoutMs,
          client: { url: `file:${file}` },
          migrationDir: path.resolve(baseDir, 'migrations/sqlite'),
          // every save in a transaction (db-sqlite has none without this), so a failed save writes nothing
          transactionOptions: {},
          wal: true,
        }),
      ),
      url,
    )
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    return explainConnectFailure(
      postgresAdapter({ migrationDir: path.resolve(baseDir, 'migrations/postgres'), pool: { connectionString: url } }),
      url,
    )
  }
  if (/^mongodb(\+srv)?:\/\//.test(url)) {
    return explainConnectFailure(mongooseAdapter({ url }), url)
  }
  throw new DatabaseUrlError(`DATABASE_URL ${redact(url)} is not supported. Use ${schemes}.`)
}
