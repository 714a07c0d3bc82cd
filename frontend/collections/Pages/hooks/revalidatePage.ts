import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidatePaths } from '../../../cache/revalidateSite'
import { alternates } from '../../../i18n/routes'
import type { PageKey } from '../keys'

const pathsOf = (doc: { key?: unknown }): string[] => (doc.key ? [...Object.values(alternates(doc.key as PageKey)), '/sitemap.xml'] : [])

/** A site page shows only itself (the footer's links are fixed), so a change refreshes its two addresses and the sitemap. */
export const revalidatePageAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!req.context.disableRevalidate) revalidatePaths(req, [...new Set([...pathsOf(doc), ...pathsOf(previousDoc ?? {})])])
  return doc
}

export const revalidatePageAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!req.context.disableRevalidate) revalidatePaths(req, pathsOf(doc))
  return doc
}
