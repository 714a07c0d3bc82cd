import type { CollectionSlug, Payload } from 'payload'

import type { EventsCollection } from '../types'

/** The slug a plugin collection was registered under, which the site may have renamed. */
export const pluginSlug = (payload: Payload, name: EventsCollection): CollectionSlug =>
  (payload.config.collections.find((collection) => collection.custom?.eventsCollection === name)?.slug ??
    name) as CollectionSlug
