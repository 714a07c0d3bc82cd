import type { CsvRow } from './readCsv'
import type { ImportError } from './types'
import { type Texts, translate } from '../../translations'

/** A column the import understands: the document field it fills and the header names it goes by. */
export type Column<Field extends string = string> = { field: Field; headers: string[]; required?: boolean }

/** Header names compare without case, spaces, hyphens or underscores: "E-Mail" is "email". */
const normalise = (header: string): string => header.toLowerCase().replace(/[\s_-]+/g, '')

export type ColumnMap<Field extends string> = {
  /** The header as written in the file, by field. */
  headerOf: Partial<Record<Field, string>>
  /** Headers the import does not know; their values are not imported. */
  ignored: string[]
}

/** Matches the file's headers to the columns; a missing required column is an error on line 1. */
export const mapColumns = <Field extends string>(
  headers: string[],
  columns: Column<Field>[],
  i18n: Texts,
): ColumnMap<Field> | ImportError[] => {
  const headerOf: Partial<Record<Field, string>> = {}
  const ignored: string[] = []
  for (const header of headers) {
    const column = columns.find(({ headers: names }) => names.some((name) => normalise(name) === normalise(header)))
    if (column && !headerOf[column.field]) headerOf[column.field] = header
    else ignored.push(header)
  }
  const missing = columns.filter(({ field, required }) => required && !headerOf[field])
  if (missing.length === 0) return { headerOf, ignored }
  return missing.map(({ headers: [name] }) => ({
    field: name,
    line: 1,
    message: translate(i18n, 'importMissingColumn', { column: name }),
  }))
}

/** A row's values by field, empty cells left out. */
export const valuesOf = <Field extends string>(row: CsvRow, { headerOf }: ColumnMap<Field>): Partial<Record<Field, string>> =>
  Object.fromEntries(
    Object.entries(headerOf)
      .map(([field, header]) => [field, row.values[header as string]])
      .filter(([, value]) => value),
  ) as Partial<Record<Field, string>>
