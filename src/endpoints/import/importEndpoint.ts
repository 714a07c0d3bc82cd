import type { Endpoint, PayloadRequest } from 'payload'

import type { ImportLanguage } from '../../lib/import/messages'
import { type CsvTable, readCsv } from '../../lib/import/readCsv'
import { type ImportError, type ImportItem, isImportError } from '../../lib/import/types'
import { pluginSlug } from '../../lib/pluginSlug'
import { hasRole } from '../../lib/roles'
import type { EventsCollection } from '../../types'
import { readFlag } from '../shared/answers'
import { languageOf, refusal } from './answers'
import { createAll } from './createAll'
import { maxUploadBytes, readUpload } from './readUpload'

/** What a collection's importer makes of a file: rows ready to create, or every problem found. */
export type Prepared = {
  errors: ImportError[]
  items: ImportItem<Record<string, unknown>>[]
  /** The file's header for a document field, so Payload's own errors name the editor's column. */
  headerOf: Partial<Record<string, string>>
  ignoredColumns: string[]
}

export type Prepare = (table: CsvTable, req: PayloadRequest, language: ImportLanguage) => Promise<ImportError[] | Prepared>

/**
 * `POST /api/<collection>/import[?dryRun=1]` with a CSV file: checks every row first (values,
 * references, duplicates) and creates nothing unless all are fine. A dry run only reports what
 * would be created.
 */
export const importEndpoint = (collection: EventsCollection, prepare: Prepare): Endpoint => ({
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refusal(401, 'Please sign in to import.')
    if (!hasRole(req.user, 'admin', 'editor')) return refusal(403, 'Only editors may import.')
    const dryRun = readFlag(req, 'dryRun')
    if (dryRun instanceof Response) return dryRun

    const tooLarge = refusal(413, `The file is larger than ${maxUploadBytes / 1024 / 1024} MB.`)
    // refused before reading when the size is announced, after reading when it was not
    if (Number(req.headers.get('content-length')) > maxUploadBytes) return tooLarge
    const text = await readUpload(req)
    if (!text?.trim()) return refusal(400, 'No CSV file: send it as the body (text/csv) or as the form field "file".')
    if (text.length > maxUploadBytes) return tooLarge

    const table = readCsv(text)
    if (isImportError(table)) return refusal(400, [table])
    const prepared = await prepare(table, req, languageOf(req))
    if (Array.isArray(prepared)) return refusal(400, prepared)
    const { errors, headerOf, ignoredColumns, items } = prepared
    if (errors.length > 0) return Response.json({ errors, ignoredColumns }, { status: 400 })
    if (dryRun) {
      const create = items.map(({ line, title }) => ({ line, title }))
      return Response.json({ create, dryRun: true, errors: [], ignoredColumns })
    }

    const columnOf = (path: string) => headerOf[path.split('.')[0]] ?? path
    const created = await createAll(req, pluginSlug(req.payload, collection), items, columnOf)
    if (created.some(isImportError)) return Response.json({ errors: created, ignoredColumns }, { status: 400 })
    return Response.json({ create: created, dryRun: false, errors: [], ignoredColumns }, { status: 201 })
  },
})
