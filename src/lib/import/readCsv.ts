import { Readable } from 'node:stream'

import { CsvError, parse } from 'csv-parse'

import { pauses } from './batches'
import { maxRows } from './limits'
import type { ImportError } from './types'

/** One data row: its line in the file (the header is line 1) and its values by header name. */
export type CsvRow = { line: number; values: Record<string, string> }

export type CsvTable = { headers: string[]; rows: CsvRow[] }

/** Said instead of a table when the file has more than `maxRows` data rows. */
export const tooManyRows = 'tooManyRows'

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

/** The text in pieces, so the parser works through a large file piece by piece. */
function* slices(text: string, size = 16 * 1024) {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size)
}

/**
 * Parses CSV text (UTF-8, with or without BOM) into rows with csv-parse's stream parser, turning
 * to other requests between slices of work (`pauses`) and stopping as soon as the file has more than
 * `maxRows` data rows. A malformed line is an error naming it.
 */
export const readCsv = async (text: string): Promise<CsvTable | ImportError | typeof tooManyRows> => {
  const options = { bom: true, delimiter: detectDelimiter(text), info: true, skip_empty_lines: true, trim: true }
  const parser = Readable.from(slices(text)).pipe(parse(options))
  let headers: string[] | undefined
  const rows: CsvRow[] = []
  const pause = pauses()
  try {
    for await (const { info, record } of parser as AsyncIterable<Parsed>) {
      if (!headers) headers = record
      else
        rows.push({
          // csv-parse counts up to the record's end; a quoted value may span lines
          line: info.lines - record.join('').split('\n').length + 1,
          values: Object.fromEntries(headers.map((name, column) => [name, record[column] ?? ''])),
        })
      if (rows.length > maxRows) {
        parser.destroy()
        return tooManyRows
      }
      await pause()
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    return { line: (error as CsvError & { lines?: number }).lines ?? 1, message: error.message }
  }
  return { headers: headers ?? [], rows }
}
