import type { Texts } from '../../translations'
import { personName } from '../personName'
import type { Column } from './columns'
import type { CsvTable } from './readCsv'
import { mapTable } from './rows'
import type { ImportError } from './types'

export type SpeakerField = 'familyName' | 'givenName' | 'honorific' | 'organisation' | 'position' | 'slug'

/** The columns of a speakers file, German names first (they appear in messages). */
export const speakerColumns: Column<SpeakerField>[] = [
  { field: 'honorific', headers: ['Titel', 'Akademischer Titel', 'honorific'] },
  { field: 'givenName', headers: ['Vorname', 'givenName', 'firstName', 'first name'], required: true },
  { field: 'familyName', headers: ['Nachname', 'familyName', 'lastName', 'last name', 'surname'], required: true },
  { field: 'position', headers: ['Funktion', 'Position', 'jobTitle'] },
  { field: 'organisation', headers: ['Organisation', 'Organization', 'Institution'] },
  { field: 'slug', headers: ['Kurzname', 'slug'] },
]

/** A speaker row: the document data, and the organisation still to be found by name or slug. */
export type SpeakerRow = {
  title: string
  data: { familyName: string; givenName: string; honorific?: string; position?: string; slug?: string }
  organisation?: string
}

export const mapSpeakerRows = (table: CsvTable, i18n: Texts) =>
  mapTable(table, speakerColumns, i18n, ({ values }): SpeakerRow => {
    const { familyName = '', givenName = '', honorific, organisation, position, slug } = values
    return {
      data: { familyName, givenName, honorific, position, slug },
      organisation,
      title: personName({ familyName, givenName, honorific }),
    }
  })

export type MappedSpeakers = Exclude<Awaited<ReturnType<typeof mapSpeakerRows>>, ImportError[]>
