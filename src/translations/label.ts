import { getTranslation } from '@payloadcms/translations'
import type { LabelFunction } from 'payload'

type Bilingual = { de: string; en: string }

/**
 * A label in the admin panel's language, resolved by Payload on the server. Given as a plain
 * `{ de, en }` object, some of Payload's own buttons hand a collection's label on untranslated
 * (the "+" beside a relationship field and on the dashboard read "[object Object] erstellen");
 * a function is resolved to a string before any of them sees it.
 */
export const inAdminLanguage =
  (text: Bilingual): LabelFunction =>
  ({ i18n }) =>
    getTranslation(text, i18n)

/** A collection's `labels`, each resolved in the admin panel's language. */
export const collectionLabels = (labels: { singular: Bilingual; plural: Bilingual }) => ({
  plural: inAdminLanguage(labels.plural),
  singular: inAdminLanguage(labels.singular),
})
