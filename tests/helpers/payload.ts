import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import pg from 'pg'
import { type DatabaseAdapterObj, getPayload, type Payload, type SanitizedConfig } from 'payload'

import { databaseAdapter } from '../../frontend/config/database'

export type TestDatabase = 'mongodb' | 'postgres' | 'sqlite'

export const testDatabase = (): TestDatabase => (process.env.TEST_DATABASE as TestDatabase) || 'sqlite'

/** The postgres-uuid project: PostgreSQL with uuid ids, the stand-in for MongoDB's string ids. */
export const uuidIds = (): boolean => process.env.TEST_ID_TYPE === 'uuid'

/** The site's adapter for the URL; on the postgres-uuid project PostgreSQL with uuid ids instead. */
export const testDatabaseAdapter = (url: string): DatabaseAdapterObj =>
  uuidIds() ? postgresAdapter({ idType: 'uuid', pool: { connectionString: url } }) : databaseAdapter(url)

/**
 * Jest's workers run test files side by side, so each worker has a database of its own: the first
 * the configured one, the others beside it with the worker's number. MongoDB makes a database on
 * first write; PostgreSQL's is made here.
 */
const workerDatabase = async (url: string, database: TestDatabase): Promise<string> => {
  const worker = Number(process.env.JEST_WORKER_ID ?? 1)
  if (worker === 1) return url
  const own = new URL(url)
  own.pathname = `${own.pathname}_w${worker}`
  if (database === 'postgres') await createPostgresDatabase(url, own.pathname.slice(1))
  return own.toString()
}

const createPostgresDatabase = async (url: string, name: string): Promise<void> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(`create database "${name}"`)
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw error // 42P04: it exists already
  } finally {
    await client.end()
  }
}

/**
 * Each test file gets an empty database: a temporary SQLite file (libsql's `:memory:` loses its
 * schema), or the worker's PostgreSQL / MongoDB database emptied by Payload on connect. Its
 * uploads go to a temporary folder too, as files of the same name would meet in `media/`.
 */
const databaseUrl = async (): Promise<{ url: string; cleanup: () => void }> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programm-test-'))
  process.env.MEDIA_DIR = path.join(dir, 'media')
  const cleanup = () => fs.rmSync(dir, { force: true, recursive: true })
  const database = testDatabase()
  if (database === 'sqlite') return { cleanup, url: `file:${dir}/test.db` }
  process.env.PAYLOAD_DROP_DATABASE = 'true'
  const postgresUrl = uuidIds() ? process.env.TEST_POSTGRES_UUID_URL : process.env.TEST_POSTGRES_URL
  const url = database === 'postgres' ? postgresUrl : process.env.MONGODB_URL
  if (!url) throw new Error(`No URL for the ${database} test database${uuidIds() ? ' with uuid ids' : ''}`)
  return { cleanup, url: await workerDatabase(url, database) }
}

type PooledClient = { release: () => void }

type Connections = {
  client?: { close?: () => void }
  pool?: { _clients: PooledClient[]; _idle: { client: PooledClient }[]; end: () => Promise<void> }
}

/**
 * Payload's SQL adapters drop their connection on destroy without closing it, and db-postgres
 * keeps one pooled client checked out for good, so the pool could never end.
 */
const closeConnections = async (payload: Payload): Promise<void> => {
  const { client, pool } = payload.db as unknown as Connections
  client?.close?.()
  if (pool) {
    const idle = new Set(pool._idle.map(({ client: pooled }) => pooled))
    for (const pooled of pool._clients) if (!idle.has(pooled)) pooled.release()
    await pool.end()
  }
}

export type TestContext = { config: SanitizedConfig; payload: Payload; close: () => Promise<void> }

/**
 * Boots the site's own config (the plugin as the Difu site uses it) on a fresh database; on the
 * postgres-uuid project with that adapter in place of the site's.
 */
export const startPayload = async (): Promise<TestContext> => {
  const { cleanup, url } = await databaseUrl()
  process.env.DATABASE_URL = url
  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  // the site's route handlers read this very config (@payload-config), so on uuid ids they must
  // see the uuid adapter too: a copy would leave them on the site's own, numbering ids
  if (uuidIds()) config.db = testDatabaseAdapter(url) as SanitizedConfig['db']
  const payload = await getPayload({ config })
  return {
    close: async () => {
      await payload.destroy()
      await closeConnections(payload)
      cleanup()
    },
    config,
    payload,
  }
}

/**
 * Boots a config the test builds itself (e.g. the plugin with other options) on a fresh database;
 * `build` gets the database URL to pass to `testDatabaseAdapter`.
 */
export const startPayloadWith = async (
  build: (databaseUrl: string) => Promise<SanitizedConfig>,
): Promise<TestContext> => {
  const { cleanup, url } = await databaseUrl()
  const config = await build(url)
  const payload = await getPayload({ config })
  return {
    close: async () => {
      await payload.destroy()
      await closeConnections(payload)
      cleanup()
    },
    config,
    payload,
  }
}
