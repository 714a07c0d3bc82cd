import { mapInBatches } from '../../lib/import/batches'
import { rowErrors } from '../../lib/import/rows'
import { matchReference } from '../../lib/import/references'
import { mapSpeakerRows, speakerColumns } from '../../lib/import/speakerRows'
import type { ImportError } from '../../lib/import/types'
import { toSlug } from '../../lib/slugify'
import type { Prepare } from './importEndpoint'
import { loadCandidates } from './loadCandidates'

/**
 * Speakers from a CSV file: the organisation is found by name or slug; a person already in the
 * list (or twice in the file) is refused, so importing the same file twice adds nobody twice.
 */
export const prepareSpeakers: Prepare = async (table, req) => {
  const mapped = await mapSpeakerRows(table, req.i18n)
  if (Array.isArray(mapped)) return mapped
  const errorAt = rowErrors(speakerColumns, mapped.columns, req.i18n)
  const errors: ImportError[] = [...mapped.errors]
  const organisations = await loadCandidates(req, 'organisations')
  const existing = await loadCandidates(req, 'speakers')
  const seen = new Map<string, number>()

  const items = await mapInBatches(mapped.rows, ({ data, line, organisation, title }) => {
    const slug = data.slug ? toSlug(data.slug) : toSlug(`${data.givenName} ${data.familyName}`)
    const taken = existing.find((speaker) => speaker.slug === slug)
    const field = data.slug ? 'slug' : 'familyName'
    if (taken) errors.push(errorAt(line, field, 'importDuplicate', { slug, value: taken.name ?? title }))
    else if (seen.has(slug)) errors.push(errorAt(line, field, 'importDuplicateInFile', { line: seen.get(slug)!, value: title }))
    seen.set(slug, seen.get(slug) ?? line)

    const matches = organisation ? matchReference(organisation, organisations) : []
    if (organisation && matches.length !== 1) {
      const names = matches.map(({ slug: match }) => match).join(', ')
      errors.push(errorAt(line, 'organisation', matches.length ? 'importAmbiguous' : 'importNotFound', { matches: names, value: organisation }))
    }
    return { data: { ...data, organisation: matches[0]?.id }, line, title }
  })
  return { errors, headerOf: mapped.columns.headerOf, ignoredColumns: mapped.columns.ignored, items }
}
