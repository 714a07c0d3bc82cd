import { type Column, type ColumnMap, mapColumns, valuesOf } from './columns'
import { importMessage, type ImportLanguage, type ImportMessage } from './messages'
import type { CsvRow, CsvTable } from './readCsv'
import type { ImportError } from './types'

/** What one row's mapper gets: the row's values by field, and a way to report a problem. */
export type RowInput<Field extends string> = {
  line: number
  values: Partial<Record<Field, string>>
  fail: (field: Field, key: ImportMessage, values?: Record<string, number | string>) => void
}

export type MappedTable<Field extends string, Row> = { columns: ColumnMap<Field>; errors: ImportError[]; rows: Row[] }

/**
 * Runs `mapRow` over every row, collecting every problem of every row (a required value missing,
 * and what `mapRow` reports) instead of stopping at the first, so the editor fixes the file once.
 */
export const mapTable = <Field extends string, Row>(
  table: CsvTable,
  columns: Column<Field>[],
  language: ImportLanguage,
  mapRow: (input: RowInput<Field>) => Row,
): MappedTable<Field, Row & { line: number }> | ImportError[] => {
  const columnMap = mapColumns(table.headers, columns, language)
  if (Array.isArray(columnMap)) return columnMap
  if (table.rows.length === 0) return [{ line: 1, message: importMessage(language, 'empty') }]
  const errors: ImportError[] = []
  const errorAt = rowErrors(columns, columnMap, language)
  const rows = table.rows.map((row: CsvRow) => {
    const values = valuesOf(row, columnMap)
    const fail: RowInput<Field>['fail'] = (field, key, messageValues) =>
      errors.push(errorAt(row.line, field, key, messageValues))
    for (const { field, required } of columns) if (required && !values[field]) fail(field, 'required')
    return { ...mapRow({ fail, line: row.line, values }), line: row.line }
  })
  return { columns: columnMap, errors, rows }
}

/** A select option of src/lib/vocabulary: its stored value and its German and English labels. */
export type SelectOption = { label: Record<ImportLanguage, string>; value: string }

/** Builds a row's error naming the column as the file's header calls it. */
export const rowErrors =
  <Field extends string>(columns: Column<Field>[], { headerOf }: ColumnMap<Field>, language: ImportLanguage) =>
  (line: number, field: Field, key: ImportMessage, values?: Record<string, number | string>): ImportError => ({
    field: headerOf[field] ?? columns.find((column) => column.field === field)?.headers[0] ?? field,
    line,
    message: importMessage(language, key, values),
  })

/** Matches a cell to a select option by its value or its German or English label. */
export const optionValue = (text: string, options: SelectOption[]): string | undefined => {
  const wanted = text.trim().toLowerCase()
  return options.find(({ label, value }) =>
    [value, label.de, label.en].some((name) => name.toLowerCase() === wanted),
  )?.value
}

/** The allowed values of a select, for a message: "talk (Vortrag), panel (Podiumsdiskussion), …". */
export const allowedValues = (options: SelectOption[], language: ImportLanguage): string =>
  options.map(({ label, value }) => `${value} (${label[language]})`).join(', ')
