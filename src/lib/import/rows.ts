import { getTranslation } from '@payloadcms/translations'

import { type ProgrammKey, type Texts, translate } from '../../translations'
import { mapInBatches } from './batches'
import { type Column, type ColumnMap, mapColumns, valuesOf } from './columns'
import type { CsvRow, CsvTable } from './readCsv'
import type { ImportError } from './types'

/** What one row's mapper gets: the row's values by field, and a way to report a problem. */
export type RowInput<Field extends string> = {
  line: number
  values: Partial<Record<Field, string>>
  fail: (field: Field, key: ProgrammKey, values?: Record<string, number | string>) => void
}

export type MappedTable<Field extends string, Row> = { columns: ColumnMap<Field>; errors: ImportError[]; rows: Row[] }

/**
 * Runs `mapRow` over every row, collecting every problem of every row (a required value missing,
 * and what `mapRow` reports) instead of stopping at the first, so the editor fixes the file once.
 * Rows are mapped in batches, so a long file leaves room for other requests.
 */
export const mapTable = async <Field extends string, Row>(
  table: CsvTable,
  columns: Column<Field>[],
  i18n: Texts,
  mapRow: (input: RowInput<Field>) => Row,
): Promise<MappedTable<Field, Row & { line: number }> | ImportError[]> => {
  const columnMap = mapColumns(table.headers, columns, i18n)
  if (Array.isArray(columnMap)) return columnMap
  if (table.rows.length === 0) return [{ line: 1, message: translate(i18n, 'importEmpty') }]
  const errors: ImportError[] = []
  const errorAt = rowErrors(columns, columnMap, i18n)
  const rows = await mapInBatches(table.rows, (row: CsvRow) => {
    const values = valuesOf(row, columnMap)
    const fail: RowInput<Field>['fail'] = (field, key, messageValues) =>
      errors.push(errorAt(row.line, field, key, messageValues))
    for (const { field, required } of columns) if (required && !values[field]) fail(field, 'importRequired')
    return { ...mapRow({ fail, line: row.line, values }), line: row.line }
  })
  return { columns: columnMap, errors, rows }
}

/** A select option of src/lib/vocabulary: its stored value and its German and English labels. */
export type SelectOption = { label: { de: string; en: string }; value: string }

/** Builds a row's error naming the column as the file's header calls it. */
export const rowErrors =
  <Field extends string>(columns: Column<Field>[], { headerOf }: ColumnMap<Field>, i18n: Texts) =>
  (line: number, field: Field, key: ProgrammKey, values?: Record<string, number | string>): ImportError => ({
    field: headerOf[field] ?? columns.find((column) => column.field === field)?.headers[0] ?? field,
    line,
    message: translate(i18n, key, values),
  })

/** Matches a cell to a select option by its value or its German or English label. */
export const optionValue = (text: string, options: SelectOption[]): string | undefined => {
  const wanted = text.trim().toLowerCase()
  return options.find(({ label, value }) =>
    [value, label.de, label.en].some((name) => name.toLowerCase() === wanted),
  )?.value
}

/** The allowed values of a select, for a message: "talk (Vortrag), panel (Podiumsdiskussion), …". */
export const allowedValues = (options: SelectOption[], i18n: Texts): string =>
  options.map(({ label, value }) => `${value} (${getTranslation(label, i18n)})`).join(', ')
