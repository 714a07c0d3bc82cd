import type { Endpoint, PayloadRequest } from 'payload'

import { maxRows, maxUploadBytes } from '../../lib/import/limits'
import { type CsvTable, readCsv, tooManyRows } from '../../lib/import/readCsv'
import { type ImportError, type ImportItem, isImportError } from '../../lib/import/types'
import { pluginSlug } from '../../lib/pluginSlug'
import { translate } from '../../translations'
import type { EventsCollection } from '../../types'
import { readFlag, refuse } from '../shared/answers'
import { collectionAllows } from '../shared/collectionAllows'
import { rowErrors } from './answers'
import { createAll } from './createAll'
import { readUpload, tooLarge } from './readUpload'

/** What a collection's importer makes of a file: rows ready to create, or every problem found. */
export type Prepared = {
  errors: ImportError[]
  items: ImportItem<Record<string, unknown>>[]
  /** The file's header for a document field, so Payload's own errors name the editor's column. */
  headerOf: Partial<Record<string, string>>
  ignoredColumns: string[]
}

export type Prepare = (table: CsvTable, req: PayloadRequest) => Promise<ImportError[] | Prepared>

/**
 * `POST /api/<collection>/import[?dryRun=1]` with a CSV file: checks every row first (values,
 * references, duplicates) and creates nothing unless all are fine. A dry run only reports what
 * would be created.
 */
export const importEndpoint = (collection: EventsCollection, prepare: Prepare): Endpoint => ({
  path: '/import',
  method: 'post',
  // the door (refuseBadRequests) leaves the body alone: it is read here as it arrives, up to its byte limit
  custom: { readsOwnBody: true },
  handler: async (req) => {
    const slug = pluginSlug(req.payload, collection)
    // the collection's own create access decides, so a host's overrides govern the import too
    if (!(await collectionAllows(req, slug, 'create'))) {
      return req.user ? refuse(403, translate(req, 'notAllowed')) : refuse(401, translate(req, 'signInFirst'))
    }
    const dryRun = readFlag(req, 'dryRun')

    const text = await readUpload(req)
    if (text === tooLarge) {
      return refuse(413, translate(req, 'importTooLarge', { megabytes: maxUploadBytes / 1024 / 1024 }))
    }
    if (!text?.trim()) return refuse(400, translate(req, 'importNoFile'))

    const table = await readCsv(text)
    if (table === tooManyRows) return refuse(413, translate(req, 'importTooManyRows', { max: maxRows }))
    if (isImportError(table)) return rowErrors([table])
    const prepared = await prepare(table, req)
    if (Array.isArray(prepared)) return rowErrors(prepared)
    const { errors, headerOf, ignoredColumns, items } = prepared
    if (errors.length > 0) return rowErrors(errors, ignoredColumns)
    if (dryRun) {
      const create = items.map(({ line, title }) => ({ line, title }))
      return Response.json({ create, dryRun: true, errors: [], ignoredColumns })
    }

    const columnOf = (path: string) => headerOf[path.split('.')[0]] ?? path
    const created = await createAll(req, slug, items, columnOf)
    if (created.some(isImportError)) return rowErrors(created.filter(isImportError), ignoredColumns)
    return Response.json({ create: created, dryRun: false, errors: [], ignoredColumns }, { status: 201 })
  },
})
