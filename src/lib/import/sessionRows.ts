import type { Texts } from '../../translations'
import { languages, sessionKinds } from '../vocabulary'
import { parseBerlinTime } from './berlinTime'
import type { Column } from './columns'
import type { CsvTable } from './readCsv'
import { allowedValues, mapTable, optionValue, type SelectOption } from './rows'
import type { ImportError } from './types'

export type SessionField =
  | 'abstract'
  | 'end'
  | 'event'
  | 'kind'
  | 'language'
  | 'room'
  | 'slug'
  | 'speakers'
  | 'start'
  | 'title'
  | 'track'

/** The columns of a programme file, German names first (they appear in messages). */
export const sessionColumns: Column<SessionField>[] = [
  { field: 'event', headers: ['Veranstaltung', 'event'], required: true },
  { field: 'title', headers: ['Titel', 'title'], required: true },
  { field: 'start', headers: ['Beginn', 'start'], required: true },
  { field: 'end', headers: ['Ende', 'end'], required: true },
  { field: 'room', headers: ['Raum', 'room'] },
  { field: 'track', headers: ['Themenstrang', 'track'] },
  { field: 'kind', headers: ['Art', 'kind', 'type'] },
  { field: 'language', headers: ['Sprache', 'language'] },
  { field: 'abstract', headers: ['Kurzfassung', 'abstract'] },
  { field: 'speakers', headers: ['Referierende', 'speakers', 'Mitwirkende', 'people'] },
  { field: 'slug', headers: ['Kurzname', 'slug'] },
]

/** A programme row: the document data, and the event and people still to be found. */
export type SessionRow = {
  title: string
  data: {
    abstract?: string
    end?: string
    kind: string
    language?: string
    room?: string
    slug?: string
    start?: string
    title: string
    track?: string
  }
  event: string
  /** Slugs or names, as the `|`-separated cell gave them. */
  speakers: string[]
}

export const mapSessionRows = (table: CsvTable, i18n: Texts) =>
  mapTable(table, sessionColumns, i18n, ({ fail, values }): SessionRow => {
    const time = (field: 'end' | 'start'): string | undefined => {
      const text = values[field]
      if (!text) return undefined
      const instant = parseBerlinTime(text)
      if (!instant) fail(field, 'importBadDate', { value: text })
      return instant
    }
    const select = (field: 'kind' | 'language', options: SelectOption[]): string | undefined => {
      const text = values[field]
      if (!text) return undefined
      const value = optionValue(text, options)
      if (!value) fail(field, 'importBadOption', { allowed: allowedValues(options, i18n), value: text })
      return value
    }
    const start = time('start')
    const end = time('end')
    if (start && end && end <= start) fail('end', 'endBeforeStart')
    const title = values.title ?? ''
    return {
      data: {
        abstract: values.abstract,
        end,
        kind: select('kind', sessionKinds as SelectOption[]) ?? 'talk',
        language: select('language', languages as SelectOption[]),
        room: values.room,
        slug: values.slug,
        start,
        title,
        track: values.track,
      },
      event: values.event ?? '',
      speakers: (values.speakers ?? '')
        .split('|')
        .map((name) => name.trim())
        .filter(Boolean),
      title,
    }
  })

export type MappedSessions = Exclude<Awaited<ReturnType<typeof mapSessionRows>>, ImportError[]>
