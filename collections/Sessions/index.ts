import type { CollectionConfig } from 'payload'

import { editors } from '../../src/access/editors'
import { publishedInPublishedEvent } from '../../src/access/publishedInPublishedEvent'
import { csvImportComponent } from '../../src/components/CsvImport/config'
import { allOf } from '../../src/fields/allOf'
import { dateRange } from '../../src/fields/dateRange'
import { onPublish } from '../../src/fields/onPublish'
import { slugField } from '../../src/fields/slug'
import { url } from '../../src/fields/url'
import { sessionColumns } from '../../src/lib/import/sessionRows'
import { languages, sessionKinds, speakerRoles } from '../../src/lib/vocabulary'
import { draftVersions } from '../../src/lib/draftVersions'
import { navGroups } from '../../src/lib/navGroups'
import { planningEndpoints } from './planningEndpoints'
import { collectionLabels } from '../../src/translations/label'
import { validateOnePersonOnce } from './validateOnePersonOnce'
import { validateRoomFree } from './validateRoomFree'
import { validateSpeakersConfirmed } from './validateSpeakersConfirmed'
import { validateSpeakersFree } from './validateSpeakersFree'
import { validateSpeakersNeeded } from './validateSpeakersNeeded'
import { validateWithinEventDays } from './validateWithinEventDays'
import { venueRoomSpelling } from './venueRoomSpelling'

const person = { de: 'Person', en: 'Person' }
const material = { de: 'Material', en: 'Material' }

export const Sessions: CollectionConfig<'sessions'> = {
  slug: 'sessions',
  labels: collectionLabels({
    singular: { de: 'Programmpunkt', en: 'Session' },
    plural: { de: 'Programmpunkte', en: 'Sessions' },
  }),
  access: {
    create: editors,
    delete: editors,
    read: publishedInPublishedEvent,
    readVersions: editors,
    update: editors,
  },
  admin: {
    components: { beforeListTable: [csvImportComponent(sessionColumns)] },
    defaultColumns: ['title', 'event', 'start', 'end', 'room', 'kind', '_status'],
    group: navGroups.programme,
    groupBy: true,
    listSearchableFields: ['title', 'slug', 'room'],
    useAsTitle: 'title',
  },
  defaultSort: 'start',
  endpoints: planningEndpoints,
  versions: draftVersions,
  fields: [
    { name: 'title', type: 'text', label: { de: 'Titel', en: 'Title' }, localized: true, required: true },
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      label: { de: 'Veranstaltung', en: 'Event' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: { de: 'Art', en: 'Kind' },
          defaultValue: 'talk',
          index: true,
          options: sessionKinds,
          required: true,
        },
        {
          name: 'language',
          type: 'select',
          label: { de: 'Sprache', en: 'Language' },
          defaultValue: 'de',
          options: languages,
        },
      ],
    },
    { type: 'row', fields: dateRange([validateWithinEventDays]) },
    { name: 'nextFreeStart', type: 'ui', admin: { components: { Field: '@difu/programm/client#NextFreeStart' } } },
    {
      type: 'row',
      fields: [
        {
          name: 'room',
          type: 'text',
          label: { de: 'Raum', en: 'Room' },
          localized: true,
          hooks: { beforeValidate: [venueRoomSpelling] },
          validate: onPublish(validateRoomFree),
          admin: { components: { Field: '@difu/programm/client#RoomField' } },
        },
        { name: 'track', type: 'text', label: { de: 'Themenstrang', en: 'Track' }, localized: true, index: true },
      ],
    },
    { name: 'conflicts', type: 'ui', admin: { components: { Field: '@difu/programm/client#SessionConflicts' } } },
    {
      name: 'speakers',
      type: 'array',
      validate: allOf([
        validateOnePersonOnce,
        onPublish(validateSpeakersNeeded),
        onPublish(validateSpeakersConfirmed),
        onPublish(validateSpeakersFree),
      ]),
      label: { de: 'Mitwirkende', en: 'People' },
      labels: {
        singular: person,
        plural: { de: 'Personen', en: 'People' },
      },
      admin: {
        components: {
          RowLabel: {
            clientProps: { array: 'speakers', kind: person, relation: 'speaker' },
            path: '@difu/programm/client#RelationRowLabel',
          },
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'speaker',
              type: 'relationship',
              relationTo: 'speakers',
              required: true,
              index: true,
              label: { de: 'Person', en: 'Person' },
            },
            {
              name: 'role',
              type: 'select',
              options: speakerRoles,
              required: true,
              label: { de: 'Rolle', en: 'Role' },
            },
            {
              name: 'needsConfirmation',
              type: 'checkbox',
              defaultValue: false,
              label: { de: 'Zusage noch offen', en: 'To be confirmed' },
              admin: {
                description: {
                  de: 'Aus der Vorjahresausgabe übernommen: bitte Teilnahme bestätigen lassen.',
                  en: 'Carried over from the previous edition: please have them confirm.',
                },
              },
            },
          ],
        },
      ],
    },
    { name: 'abstract', type: 'textarea', label: { de: 'Kurzfassung', en: 'Abstract' }, localized: true },
    { name: 'description', type: 'richText', label: { de: 'Beschreibung', en: 'Description' }, localized: true },
    {
      name: 'materials',
      type: 'array',
      label: { de: 'Materialien (z. B. Folien)', en: 'Materials (e.g. slides)' },
      labels: { singular: material, plural: { de: 'Materialien', en: 'Materials' } },
      admin: {
        components: {
          RowLabel: { clientProps: { field: 'label', kind: material }, path: '@difu/programm/client#NamedRowLabel' },
        },
      },
      fields: [
        { name: 'file', type: 'upload', relationTo: 'media', required: true, label: { de: 'Datei', en: 'File' } },
        { name: 'label', type: 'text', localized: true, label: { de: 'Bezeichnung', en: 'Label' } },
      ],
    },
    url({ name: 'recordingUrl', label: { de: 'Aufzeichnung', en: 'Recording' } }),
    slugField(),
  ],
}
