import type { CollectionConfig } from 'payload'

import { collectionLabels, editors, publishedOrSignedIn, strictValues } from '@difu/programm'
import { revalidatePageAfterChange, revalidatePageAfterDelete } from './hooks/revalidatePage'
import { pageKeyLabel, pageKeys } from './keys'

/**
 * The site's own pages (Impressum, privacy notice, accessibility statement, Leichte Sprache, DGS):
 * editors write them, visitors read what is published. Part of the Difu site, not of the events
 * plugin, so it lives under frontend/ and is added in payload.config.ts.
 */
export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  // resolved on the server: Payload's create buttons show a label object as "[object Object]"
  labels: collectionLabels({
    singular: { de: 'Seite', en: 'Page' },
    plural: { de: 'Seiten', en: 'Pages' },
  }),
  access: { create: editors, delete: editors, read: publishedOrSignedIn, update: editors },
  admin: { defaultColumns: ['title', 'key', '_status'], group: { de: 'Website', en: 'Website' }, useAsTitle: 'title' },
  defaultSort: 'key',
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { afterChange: [revalidatePageAfterChange], afterDelete: [revalidatePageAfterDelete] },
  // a value that does not fit its field (a relation to nothing, a date that does not exist) never reaches the database
  fields: strictValues([
    {
      name: 'key',
      type: 'select',
      required: true,
      unique: true,
      index: true,
      label: { de: 'Seite', en: 'Page' },
      admin: { description: { de: 'Legt die Adresse und den Link im Fußbereich fest.', en: 'Sets the address and the footer link.' } },
      options: pageKeys.map((value) => ({ value, label: pageKeyLabel(value) })),
    },
    { name: 'title', type: 'text', localized: true, required: true, label: { de: 'Titel', en: 'Title' } },
    { name: 'content', type: 'richText', localized: true, label: { de: 'Inhalt', en: 'Content' } },
    {
      name: 'video',
      type: 'upload',
      relationTo: 'media',
      localized: true,
      label: { de: 'Video', en: 'Video' },
      admin: {
        description: {
          de: 'Z. B. das Video in Deutscher Gebärdensprache; die Seite spielt es selbst ab, ohne fremden Player.',
          en: 'E.g. the German Sign Language video; the page plays it itself, with no third-party player.',
        },
      },
    },
    {
      name: 'seo',
      type: 'group',
      label: { de: 'Suchmaschinen', en: 'SEO' },
      fields: [
        { name: 'title', type: 'text', localized: true, label: { de: 'Seitentitel', en: 'Page title' } },
        { name: 'description', type: 'textarea', localized: true, label: { de: 'Beschreibung', en: 'Description' } },
      ],
    },
  ]),
}
