import type { PayloadRequest } from 'payload'

import { mapInBatches } from '../../lib/import/batches'
import { matchReference } from '../../lib/import/references'
import { rowErrors } from '../../lib/import/rows'
import { mapSessionRows, sessionColumns } from '../../lib/import/sessionRows'
import type { ImportError } from '../../lib/import/types'
import { pluginSlug } from '../../lib/pluginSlug'
import { dayInZone, eventTimeZone } from '../../lib/timeZone'
import type { Id } from '../../types'
import type { Prepare } from './importEndpoint'
import { loadCandidates } from './loadCandidates'

type EventRef = { id: Id; slug: string; start: string; end: string }

/** The events the file names by slug, drafts included: a programme is planned before publishing. */
const loadEvents = async (req: PayloadRequest, slugs: string[]): Promise<EventRef[]> => {
  const { docs } = await req.payload.find({
    collection: pluginSlug(req.payload, 'events'),
    depth: 0,
    draft: true,
    overrideAccess: false,
    pagination: false,
    req,
    select: { end: true, slug: true, start: true },
    where: { slug: { in: [...new Set(slugs)] } },
  })
  return docs as unknown as EventRef[]
}

/**
 * Programme items from a CSV file, created as drafts for the editors to review and publish: the
 * event is found by slug, the people by slug or name (as speakers), and every item must lie on
 * a day of its event, as Payload checks when saving.
 */
export const prepareSessions: Prepare = async (table, req) => {
  const mapped = await mapSessionRows(table, req.i18n)
  if (Array.isArray(mapped)) return mapped
  const errorAt = rowErrors(sessionColumns, mapped.columns, req.i18n)
  const errors: ImportError[] = [...mapped.errors]
  const events = await loadEvents(req, mapped.rows.map(({ event }) => event).filter(Boolean))
  const speakers = mapped.rows.some((row) => row.speakers.length > 0) ? await loadCandidates(req, 'speakers') : []

  const items = await mapInBatches(mapped.rows, ({ data, event: slug, line, speakers: names, title }) => {
    const event = events.find((candidate) => candidate.slug === slug)
    if (slug && !event) errors.push(errorAt(line, 'event', 'importNotFound', { value: slug }))
    if (event) {
      const [first, last] = [dayInZone(event.start), dayInZone(event.end)]
      for (const field of ['start', 'end'] as const) {
        const time = data[field]
        if (time && (dayInZone(time) < first || dayInZone(time) > last)) {
          errors.push(errorAt(line, field, 'outsideEventDays', { days: first === last ? first : `${first} – ${last}` }))
        }
      }
    }
    const people = names.flatMap((name) => {
      const matches = matchReference(name, speakers)
      if (matches.length === 1) return [{ role: 'speaker', speaker: matches[0].id }]
      const found = matches.map((match) => match.slug).join(', ')
      errors.push(errorAt(line, 'speakers', matches.length ? 'importAmbiguous' : 'importNotFound', { matches: found, value: name }))
      return []
    })
    const document = {
      ...data,
      _status: 'draft',
      end_tz: eventTimeZone,
      event: event?.id,
      speakers: people,
      start_tz: eventTimeZone,
    }
    return { data: document, line, title }
  })
  return { errors, headerOf: mapped.columns.headerOf, ignoredColumns: mapped.columns.ignored, items }
}
