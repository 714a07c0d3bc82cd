import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { editors } from '../../src/access/editors'
import { navGroups } from '../../src/lib/navGroups'
import { collectionLabels } from '../../src/translations/label'
import { validateAlt } from './validateAlt'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: collectionLabels({
    singular: { de: 'Datei', en: 'File' },
    plural: { de: 'Medien', en: 'Media' },
  }),
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: { defaultColumns: ['filename', 'alt', 'mimeType'], group: navGroups.places, useAsTitle: 'filename' },
  upload: {
    // videos for the sign-language page, played by the page's own <video> element
    mimeTypes: ['image/*', 'application/pdf', 'video/mp4', 'video/webm'],
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 300 },
      { name: 'card', width: 640 },
      { name: 'hero', width: 1600 },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: { de: 'Alternativtext', en: 'Alternative text' },
      admin: {
        description: {
          de: 'Beschreibt das Bild für Menschen, die es nicht sehen. Pflicht bei Bildern.',
          en: 'Describes the image for people who cannot see it. Required for images.',
        },
      },
      validate: validateAlt,
    },
    { name: 'caption', type: 'text', localized: true, label: { de: 'Bildunterschrift', en: 'Caption' } },
    { name: 'credit', type: 'text', label: { de: 'Bildnachweis', en: 'Credit' } },
  ],
}
