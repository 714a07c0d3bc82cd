import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'

export type TestDatabase = 'mongodb' | 'postgres' | 'sqlite'

export const testDatabase = (): TestDatabase => (process.env.TEST_DATABASE as TestDatabase) || 'sqlite'

/**
 * Each test file gets an empty database: a temporary SQLite file (libsql's `:memory:` loses its
 * schema), or the PostgreSQL / MongoDB database emptied by Payload on connect.
 */
const databaseUrl = (): { url: string; cleanup: () => void } => {
  const database = testDatabase()
  if (database === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programm-test-'))
    return { cleanup: () => fs.rmSync(dir, { force: true, recursive: true }), url: `file:${dir}/test.db` }
  }
  process.env.PAYLOAD_DROP_DATABASE = 'true'
  const url = database === 'postgres' ? process.env.TEST_POSTGRES_URL : process.env.MONGODB_URL
  if (!url) throw new Error(`No URL for the ${database} test database`)
  return { cleanup: () => undefined, url }
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

/** Boots the site's own config (the plugin as the Difu site uses it) on a fresh database. */
export const startPayload = async (): Promise<TestContext> => {
  const { cleanup, url } = databaseUrl()
  process.env.DATABASE_URL = url
  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
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
 * `build` gets the database URL to pass to `databaseAdapter`.
 */
export const startPayloadWith = async (
  build: (databaseUrl: string) => Promise<SanitizedConfig>,
): Promise<TestContext> => {
  const { cleanup, url } = databaseUrl()
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
