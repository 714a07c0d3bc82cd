import type { CollectionConfig } from 'payload'

import { editors } from '../../src/access/editors'
import { publishedOrSignedIn } from '../../src/access/publishedOrSignedIn'
import { berlinDate } from '../../src/fields/berlinDate'
import { dateRange } from '../../src/fields/dateRange'
import { onPublish } from '../../src/fields/onPublish'
import { slugField } from '../../src/fields/slug'
import { url } from '../../src/fields/url'
import { attendanceModes, eventStatuses, registrationStates } from '../../src/lib/vocabulary'
import { draftVersions } from '../../src/lib/draftVersions'
import { navGroups } from '../../src/lib/navGroups'
import { collectionLabels } from '../../src/translations/label'
import { validateKeepsSessions } from './validateKeepsSessions'

const download = { de: 'Download', en: 'Download' }

export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  labels: collectionLabels({
    singular: { de: 'Veranstaltung', en: 'Event' },
    plural: { de: 'Veranstaltungen', en: 'Events' },
  }),
  access: {
    create: editors,
    delete: editors,
    read: publishedOrSignedIn,
    readVersions: editors,
    update: editors,
  },
  admin: {
    components: { edit: { beforeDocumentControls: ['@difu/programm/client#NextEditionButton'] } },
    defaultColumns: ['title', 'start', 'end', 'status', 'venue', '_status'],
    group: navGroups.programme,
    groupBy: true,
    listSearchableFields: ['title', 'series', 'slug'],
    useAsTitle: 'title',
  },
  defaultSort: '-start',
  versions: draftVersions,
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { de: 'Inhalt', en: 'Content' },
          fields: [
            { name: 'title', type: 'text', label: { de: 'Titel', en: 'Title' }, localized: true, required: true },
            {
              type: 'row',
              fields: [
                { name: 'series', type: 'text', label: { de: 'Reihe', en: 'Series' }, localized: true, index: true },
                { name: 'edition', type: 'number', label: { de: 'Ausgabe', en: 'Edition' }, min: 1, admin: { step: 1 } },
              ],
            },
            { name: 'summary', type: 'textarea', label: { de: 'Kurzbeschreibung', en: 'Summary' }, localized: true },
            { name: 'description', type: 'richText', label: { de: 'Beschreibung', en: 'Description' }, localized: true },
            { name: 'heroImage', type: 'upload', relationTo: 'media', label: { de: 'Titelbild', en: 'Hero image' } },
          ],
        },
        {
          label: { de: 'Termin und Ort', en: 'Date and place' },
          fields: [
            { type: 'row', fields: dateRange([onPublish(validateKeepsSessions)]) },
            {
              name: 'status',
              type: 'select',
              // drafts already own the enum name enum_events_status (for _status)
              enumName: 'enum_events_schedule_status',
              // not "Status": the list shows Payload's draft status beside it under that name
              label: { de: 'Veranstaltungsstatus', en: 'Event status' },
              defaultValue: 'scheduled',
              index: true,
              options: eventStatuses,
              required: true,
            },
            {
              name: 'previousStart',
              type: 'date',
              label: { de: 'Ursprünglicher Beginn', en: 'Original start' },
              ...berlinDate,
              admin: { ...berlinDate.admin, condition: (_, siblingData) => siblingData?.status === 'rescheduled' },
            },
            { name: 'venue', type: 'relationship', relationTo: 'venues', index: true, label: { de: 'Ort', en: 'Venue' } },
            {
              name: 'attendanceMode',
              type: 'select',
              label: { de: 'Teilnahme', en: 'Attendance' },
              defaultValue: 'offline',
              index: true,
              options: attendanceModes,
              required: true,
            },
            url({
              name: 'streamUrl',
              label: { de: 'Stream-Link', en: 'Stream URL' },
              admin: { condition: (_, siblingData) => siblingData?.attendanceMode !== 'offline' },
            }),
          ],
        },
        {
          label: { de: 'Anmeldung und Kontakt', en: 'Registration and contact' },
          fields: [
            {
              name: 'registration',
              type: 'group',
              label: { de: 'Anmeldung', en: 'Registration' },
              fields: [
                {
                  name: 'state',
                  type: 'select',
                  label: { de: 'Stand', en: 'State' },
                  defaultValue: 'notRequired',
                  options: registrationStates,
                },
                url({ name: 'url', label: { de: 'Anmelde-Link', en: 'Registration link' } }),
                {
                  name: 'deadline',
                  type: 'date',
                  label: { de: 'Anmeldeschluss', en: 'Deadline' },
                  ...berlinDate,
                },
                { name: 'fee', type: 'text', label: { de: 'Teilnahmegebühr', en: 'Fee' }, localized: true },
                { name: 'capacity', type: 'number', label: { de: 'Plätze', en: 'Places' }, min: 0 },
              ],
            },
            {
              name: 'contact',
              type: 'group',
              label: { de: 'Kontakt', en: 'Contact' },
              fields: [
                { name: 'name', type: 'text', label: { de: 'Name', en: 'Name' } },
                { name: 'email', type: 'email', label: { de: 'E-Mail', en: 'Email' } },
                { name: 'phone', type: 'text', label: { de: 'Telefon', en: 'Phone' } },
              ],
            },
          ],
        },
        {
          label: { de: 'Programm', en: 'Programme' },
          fields: [
            {
              name: 'sessions',
              type: 'join',
              collection: 'sessions',
              on: 'event',
              defaultLimit: 0,
              defaultSort: 'start',
              label: { de: 'Programmpunkte', en: 'Sessions' },
              admin: {
                defaultColumns: ['title', 'start', 'end', 'room', 'kind', '_status'],
                description: {
                  de: 'In zeitlicher Folge. Ein neuer Programmpunkt beginnt, wo der letzte endet.',
                  en: 'In time order. A new session starts where the latest one ends.',
                },
              },
            },
            { name: 'programmeCheck', type: 'ui', admin: { components: { Field: '@difu/programm/client#ProgrammeCheck' } } },
          ],
        },
        {
          label: { de: 'Dateien', en: 'Files' },
          fields: [
            {
              name: 'documents',
              type: 'array',
              label: { de: 'Downloads', en: 'Downloads' },
              labels: { singular: download, plural: { de: 'Downloads', en: 'Downloads' } },
              admin: {
                components: {
                  RowLabel: { clientProps: { field: 'label', kind: download }, path: '@difu/programm/client#NamedRowLabel' },
                },
              },
              fields: [
                { name: 'file', type: 'upload', relationTo: 'media', required: true, label: { de: 'Datei', en: 'File' } },
                { name: 'label', type: 'text', localized: true, label: { de: 'Bezeichnung', en: 'Label' } },
              ],
            },
          ],
        },
        {
          name: 'seo',
          label: { de: 'Suchmaschinen', en: 'SEO' },
          fields: [
            { name: 'title', type: 'text', localized: true, label: { de: 'Seitentitel', en: 'Page title' } },
            { name: 'description', type: 'textarea', localized: true, label: { de: 'Beschreibung', en: 'Description' } },
            { name: 'image', type: 'upload', relationTo: 'media', label: { de: 'Vorschaubild', en: 'Preview image' } },
          ],
        },
      ],
    },
    slugField(),
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      index: true,
      label: { de: 'Themen', en: 'Topics' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'organisers',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      index: true,
      label: { de: 'Veranstalter', en: 'Organisers' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: { de: 'Partner', en: 'Partners' },
      admin: { position: 'sidebar' },
    },
  ],
}
