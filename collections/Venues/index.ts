import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { editors } from '../../src/access/editors'
import { coordinate, decimalCoordinates } from '../../src/fields/coordinate'
import { slugField } from '../../src/fields/slug'
import { url } from '../../src/fields/url'
import { navGroups } from '../../src/lib/navGroups'
import { collectionLabels } from '../../src/translations/label'

const checkbox = (name: string, de: string, en: string) => ({
  name,
  type: 'checkbox' as const,
  defaultValue: false,
  label: { de, en },
})

const room = { de: 'Raum', en: 'Room' }

export const Venues: CollectionConfig<'venues'> = {
  slug: 'venues',
  labels: collectionLabels({
    singular: { de: 'Ort', en: 'Venue' },
    plural: { de: 'Orte', en: 'Venues' },
  }),
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: {
    defaultColumns: ['name', 'address.city'],
    group: navGroups.places,
    listSearchableFields: ['name', 'slug'],
    useAsTitle: 'name',
  },
  defaultSort: 'name',
  hooks: { beforeOperation: [decimalCoordinates as CollectionBeforeOperationHook<'venues'>] },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { de: 'Name', en: 'Name' } },
    {
      name: 'address',
      type: 'group',
      label: { de: 'Anschrift', en: 'Address' },
      fields: [
        { name: 'street', type: 'text', label: { de: 'Straße und Hausnummer', en: 'Street' } },
        {
          type: 'row',
          fields: [
            { name: 'postcode', type: 'text', index: true, label: { de: 'PLZ', en: 'Postcode' } },
            { name: 'city', type: 'text', required: true, index: true, label: { de: 'Stadt', en: 'City' } },
            { name: 'country', type: 'text', defaultValue: 'DE', label: { de: 'Land (ISO-Code)', en: 'Country (ISO code)' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        coordinate('latitude', { de: 'Breitengrad', en: 'Latitude' }),
        coordinate('longitude', { de: 'Längengrad', en: 'Longitude' }),
      ],
    },
    { name: 'coordinatesFromAddress', type: 'ui', admin: { components: { Field: '@difu/programm/client#CoordinatesFromAddress' } } },
    {
      name: 'rooms',
      type: 'array',
      label: { de: 'Räume', en: 'Rooms' },
      labels: { singular: room, plural: { de: 'Räume', en: 'Rooms' } },
      admin: {
        components: { RowLabel: { clientProps: { field: 'name', kind: room }, path: '@difu/programm/client#NamedRowLabel' } },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, localized: true, label: { de: 'Name', en: 'Name' } },
            { name: 'capacity', type: 'number', min: 0, label: { de: 'Plätze', en: 'Capacity' } },
            { name: 'floor', type: 'text', localized: true, label: { de: 'Etage', en: 'Floor' } },
          ],
        },
      ],
    },
    {
      name: 'accessibility',
      type: 'group',
      label: { de: 'Barrierefreiheit', en: 'Accessibility' },
      fields: [
        {
          type: 'row',
          fields: [
            checkbox('stepFree', 'Stufenlos erreichbar', 'Step-free access'),
            checkbox('hearingLoop', 'Induktionsschleife', 'Hearing loop'),
            checkbox('accessibleToilet', 'Barrierefreies WC', 'Accessible toilet'),
          ],
        },
        { name: 'notes', type: 'textarea', localized: true, label: { de: 'Hinweise', en: 'Notes' } },
      ],
    },
    { name: 'directions', type: 'textarea', localized: true, label: { de: 'Anfahrt', en: 'Directions' } },
    {
      name: 'publicTransport',
      type: 'textarea',
      localized: true,
      label: { de: 'Öffentlicher Nahverkehr', en: 'Public transport' },
    },
    url({ name: 'website', label: { de: 'Website', en: 'Website' } }),
    {
      name: 'events',
      type: 'join',
      collection: 'events',
      on: 'venue',
      defaultLimit: 0,
      defaultSort: '-start',
      label: { de: 'Veranstaltungen', en: 'Events' },
    },
    slugField('name'),
  ],
}
