import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { editors } from '../../src/access/editors'
import { csvImportComponent } from '../../src/components/CsvImport/config'
import { slugField } from '../../src/fields/slug'
import { url } from '../../src/fields/url'
import { speakerColumns } from '../../src/lib/import/speakerRows'
import { personName } from '../../src/lib/personName'
import { navGroups } from '../../src/lib/navGroups'
import { collectionLabels } from '../../src/translations/label'
import { setName } from './hooks/setName'

const link = { de: 'Link', en: 'Link' }

export const Speakers: CollectionConfig<'speakers'> = {
  slug: 'speakers',
  labels: collectionLabels({
    singular: { de: 'Referent·in', en: 'Speaker' },
    plural: { de: 'Referierende', en: 'Speakers' },
  }),
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: {
    components: { beforeListTable: [csvImportComponent(speakerColumns)] },
    defaultColumns: ['name', 'organisation', 'position'],
    group: navGroups.programme,
    groupBy: true,
    listSearchableFields: ['name', 'familyName', 'slug'],
    useAsTitle: 'name',
  },
  defaultSort: 'familyName',
  hooks: { beforeChange: [setName] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'honorific',
          type: 'text',
          label: { de: 'Titel', en: 'Honorific' },
          admin: { description: { de: 'z. B. Dr. oder Prof. Dr.', en: 'e.g. Dr. or Prof. Dr.' } },
        },
        { name: 'givenName', type: 'text', required: true, label: { de: 'Vorname', en: 'Given name' } },
        { name: 'familyName', type: 'text', required: true, index: true, label: { de: 'Nachname', en: 'Family name' } },
      ],
    },
    {
      name: 'name',
      type: 'text',
      index: true,
      label: { de: 'Name', en: 'Name' },
      admin: { readOnly: true, hidden: true },
    },
    { name: 'position', type: 'text', localized: true, label: { de: 'Funktion', en: 'Position' } },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      index: true,
      label: { de: 'Organisation', en: 'Organisation' },
    },
    { name: 'bio', type: 'richText', localized: true, label: { de: 'Kurzbiografie', en: 'Biography' } },
    { name: 'photo', type: 'upload', relationTo: 'media', label: { de: 'Foto', en: 'Photo' } },
    {
      name: 'links',
      type: 'array',
      label: { de: 'Links', en: 'Links' },
      labels: { singular: link, plural: { de: 'Links', en: 'Links' } },
      admin: {
        components: { RowLabel: { clientProps: { field: 'label', kind: link }, path: '@difu/programm/client#NamedRowLabel' } },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true, localized: true, label: { de: 'Bezeichnung', en: 'Label' } },
            url({ name: 'url', required: true, label: { de: 'Adresse (URL)', en: 'URL' } }),
          ],
        },
      ],
    },
    {
      name: 'sessions',
      type: 'join',
      collection: 'sessions',
      on: 'speakers.speaker',
      defaultLimit: 0,
      defaultSort: '-start',
      label: { de: 'Programmpunkte', en: 'Sessions' },
    },
    slugField((data) => personName({ givenName: data.givenName as string, familyName: data.familyName as string }) || undefined),
  ],
}
