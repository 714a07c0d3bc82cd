import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { editors } from '../../src/access/editors'
import { slugField } from '../../src/fields/slug'
import { navGroups } from '../../src/lib/navGroups'
import { collectionLabels } from '../../src/translations/label'

export const Topics: CollectionConfig<'topics'> = {
  slug: 'topics',
  labels: collectionLabels({
    singular: { de: 'Thema', en: 'Topic' },
    plural: { de: 'Themen', en: 'Topics' },
  }),
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: { defaultColumns: ['name', 'slug'], group: navGroups.places, useAsTitle: 'name' },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { de: 'Name', en: 'Name' } },
    { name: 'description', type: 'textarea', localized: true, label: { de: 'Beschreibung', en: 'Description' } },
    {
      name: 'events',
      type: 'join',
      collection: 'events',
      on: 'topics',
      defaultLimit: 0,
      defaultSort: '-start',
      label: { de: 'Veranstaltungen', en: 'Events' },
    },
    slugField('name'),
  ],
}
