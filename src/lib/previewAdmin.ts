import type { CollectionConfig } from 'payload'

import type { EventsCollection, EventsPluginConfig, PreviewArgs } from '../types'

const previewable: EventsCollection[] = ['events', 'sessions', 'speakers']

/**
 * The admin panel's preview button and live preview of a collection with a public page, both
 * asking the site's `preview` option for the address; other collections get neither.
 */
export const previewAdmin = (
  name: EventsCollection,
  preview: NonNullable<EventsPluginConfig['preview']>,
): Pick<NonNullable<CollectionConfig['admin']>, 'livePreview' | 'preview'> => {
  if (!previewable.includes(name)) return {}
  const collection = name as PreviewArgs['collection']
  return {
    livePreview: { url: ({ data, locale, req }) => preview({ collection, doc: data, locale: locale?.code ?? '', req }) },
    preview: (doc, { locale, req }) => preview({ collection, doc, locale, req }),
  }
}
