import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { editors } from '../../src/access/editors'
import { slugField } from '../../src/fields/slug'
import { url } from '../../src/fields/url'
import { navGroups } from '../../src/lib/navGroups'
import { collectionLabels } from '../../src/translations/label'

export const Organisations: CollectionConfig<'organisations'> = {
  slug: 'organisations',
  labels: collectionLabels({
    singular: { de: 'Organisation', en: 'Organisation' },
    plural: { de: 'Organisationen', en: 'Organisations' },
  }),
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: { defaultColumns: ['name', 'shortName', 'url'], group: navGroups.places, useAsTitle: 'name' },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { de: 'Name', en: 'Name' } },
    {
      name: 'shortName',
      type: 'text',
      label: { de: 'Kurzname', en: 'Short name' },
      admin: {
        description: {
          de: 'Erscheint vor Veranstaltungstiteln in Listen, z. B. „Difu“.',
          en: 'Shown before event titles in listings, e.g. “Difu”.',
        },
      },
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { de: 'Logo', en: 'Logo' } },
    url({ name: 'url', label: { de: 'Website', en: 'Website' } }),
    slugField('name'),
  ],
}
