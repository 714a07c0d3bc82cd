import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { editors } from '../../src/access/editors'
import { slugField } from '../../src/fields/slug'
import { url } from '../../src/fields/url'
import { navGroups } from '../../src/lib/navGroups'

const checkbox = (name: string, de: string, en: string) => ({
  name,
  type: 'checkbox' as const,
  defaultValue: false,
  label: { de, en },
})

export const Venues: CollectionConfig<'venues'> = {
  slug: 'venues',
  labels: {
    singular: { de: 'Ort', en: 'Venue' },
    plural: { de: 'Orte', en: 'Venues' },
  },
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: {
    defaultColumns: ['name', 'address.city'],
    group: navGroups.places,
    listSearchableFields: ['name', 'slug'],
    useAsTitle: 'name',
  },
  defaultSort: 'name',
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
        {
          name: 'latitude',
          type: 'number',
          required: true,
          index: true,
          min: -90,
          max: 90,
          label: { de: 'Breitengrad', en: 'Latitude' },
        },
        {
          name: 'longitude',
          type: 'number',
          required: true,
          index: true,
          min: -180,
          max: 180,
          label: { de: 'Längengrad', en: 'Longitude' },
        },
      ],
    },
    {
      name: 'rooms',
      type: 'array',
      label: { de: 'Räume', en: 'Rooms' },
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
