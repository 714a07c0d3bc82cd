import type { CollectionSlug, Payload } from 'payload'

type SqlAdapter = { drizzle: { select: () => { from: (table: unknown) => Promise<unknown[]> } }; tables: Record<string, unknown> }

/** Rows in a fixed order: a database may return them in another order after a rolled-back write. */
const sorted = (rows: unknown[]): string[] => rows.map((row) => JSON.stringify(row)).sort()

/**
 * Everything stored. On the SQL adapters every row of every table (documents, their locales and
 * relations, versions, Payload's own collections); elsewhere what the Local API reads: every
 * document in all locales, drafts and trash included, and every version.
 */
export const snapshot = async (payload: Payload): Promise<string> => {
  const sql = payload.db as unknown as Partial<SqlAdapter>
  if (sql.drizzle && sql.tables) {
    const { drizzle, tables } = sql as SqlAdapter
    const names = Object.keys(tables).sort()
    const rows = await Promise.all(names.map((name) => drizzle.select().from(tables[name])))
    return JSON.stringify(names.map((name, index) => [name, sorted(rows[index])]))
  }
  const parts: unknown[] = []
  for (const { slug, versions } of payload.config.collections) {
    const collection = slug as CollectionSlug
    const all = { collection, depth: 0, limit: 0, locale: 'all', overrideAccess: true, pagination: false, sort: 'id' } as const
    parts.push((await payload.find({ ...all, draft: true, trash: true })).docs)
    if (versions) parts.push((await payload.findVersions({ ...all, trash: true })).docs)
  }
  return JSON.stringify(parts)
}
