import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { EventsCollection, EventsPluginConfig } from '../types'

type Revalidate = NonNullable<EventsPluginConfig['revalidate']>

/** Hooks that hand every change of a plugin collection to the site's `revalidate` callback. */
export const revalidateHooks = (collection: EventsCollection, revalidate: Revalidate) => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    if (!req.context.disableRevalidate) {
      await revalidate({ collection, doc, operation: 'change', previousDoc, req })
    }
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    if (!req.context.disableRevalidate) await revalidate({ collection, doc, operation: 'delete', req })
    return doc
  }
  return { afterChange, afterDelete }
}
