import { CsvError, parse } from 'csv-parse/sync'

import type { ImportError } from './types'

/** One data row: its line in the file (the header is line 1) and its values by header name. */
export type CsvRow = { line: number; values: Record<string, string> }

export type CsvTable = { headers: string[]; rows: CsvRow[] }

/**
 * Spreadsheets save CSV with `;` where the decimal separator is a comma (German Excel) and with
 * `,` elsewhere: the header line tells which, as header names hold neither.
 */
export const detectDelimiter = (text: string): ',' | ';' => {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const count = (char: string) => header.split(char).length - 1
  return count(';') > count(',') ? ';' : ','
}

type Parsed = { info: { lines: number }; record: string[] }

/** Parses CSV text (UTF-8, with or without BOM) into rows; a malformed line is an error naming it. */
export const readCsv = (text: string): CsvTable | ImportError => {
  let records: Parsed[]
  try {
    const options = { bom: true, delimiter: detectDelimiter(text), info: true, skip_empty_lines: true, trim: true }
    records = parse(text, options) as unknown as Parsed[]
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    return { line: (error as CsvError & { lines?: number }).lines ?? 1, message: error.message }
  }
  const [header, ...data] = records
  const headers = header?.record ?? []
  return {
    headers,
    rows: data.map(({ info, record }) => ({
      // csv-parse counts up to the record's end; a quoted value may span lines
      line: info.lines - record.join('').split('\n').length + 1,
      values: Object.fromEntries(headers.map((name, column) => [name, record[column] ?? ''])),
    })),
  }
}
