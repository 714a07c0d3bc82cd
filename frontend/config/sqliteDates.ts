import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

import { isRealDate } from '@difu/programm/site'

type Column = { mapFromDriverValue: (value: unknown) => unknown }

/**
 * Reads a date stored in SQLite that is no date (text such as `abc`, written past Payload, as an
 * older version let through) as empty. SQLite keeps dates as text; Payload turns each into
 * `new Date(text).toISOString()` while reading, which throws on such text, so one bad row made
 * every list, page and feed showing it fail. Empty, the document reads, shows without the date,
 * and can be corrected or deleted. (PostgreSQL stores dates as timestamps and refuses such text.)
 */
export const readBadDatesAsEmpty: SQLiteSchemaHook = (args) => {
  const { schema } = args
  // the hook is given the adapter too, though its type does not say so
  const { rawTables } = (args as unknown as { adapter: unknown }).adapter as { rawTables: Record<string, { columns: Record<string, { type: string }> }> }
  for (const [tableName, rawTable] of Object.entries(rawTables)) {
    const table = schema.tables[tableName] as unknown as Record<string, Column> | undefined
    for (const [key, column] of Object.entries(rawTable.columns)) {
      const drizzleColumn = table?.[key]
      if (column.type !== 'timestamp' || !drizzleColumn) continue
      const map = drizzleColumn.mapFromDriverValue.bind(drizzleColumn)
      drizzleColumn.mapFromDriverValue = (value) => (isRealDate(value) ? map(value) : null)
    }
  }
  return schema
}
