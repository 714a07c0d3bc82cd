import type { SelectType } from 'payload'

import type { Locale } from '../i18n/dictionary'
import { payloadClient } from './payload'

/** The language every other language falls back to: the German original. */
export const fallbackLocale = 'de' satisfies Locale

type Id = number | string
type Collection = 'events' | 'organisations' | 'sessions' | 'speakers' | 'topics' | 'venues'

/** How the page read the documents: a visitor's options, or an editor's in a preview (drafts). */
type ReadOptions = { locale: Locale; draft?: boolean; overrideAccess: false; user?: unknown }

/** The texts of a document that show the German fallback on a page in another language. */
export type Untranslated = { untranslated?: string[] }

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === ''

/** `{ accessibility: { notes: true } }` for `accessibility.notes`: the read asks for these texts alone. */
const selectOf = (fields: string[]): SelectType => {
  const select: Record<string, unknown> = {}
  for (const path of fields) {
    const keys = path.split('.')
    let node = select
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>
    node[keys.at(-1)!] = true
  }
  return select as SelectType
}

/** The empty texts under `path`, named by their full path: a list's rows by index (`rooms.0.name`). */
const emptyAt = (value: unknown, path: string[], at: string): string[] => {
  if (Array.isArray(value)) return value.flatMap((row, index) => emptyAt(row, path, `${at}.${index}`))
  if (path.length === 0) return isEmpty(value) ? [at] : []
  const [key, ...rest] = path
  const inner = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return emptyAt(inner, rest, at ? `${at}.${key}` : key)
}

/**
 * Which of these texts have no translation in the page's language, by document id: the page shows
 * the German fallback there and marks it `lang="de"`, so a screen reader reads it with a German
 * voice. One read without fallback, of the named fields only (dotted paths reach into groups and
 * lists), with the options the page read the documents with; nothing to ask on a German page.
 */
export const untranslatedFields = async (
  options: ReadOptions,
  collection: Collection,
  ids: Id[],
  fields: string[],
): Promise<Map<Id, string[]>> => {
  const missing = new Map<Id, string[]>()
  if (options.locale === fallbackLocale || ids.length === 0) return missing
  const payload = await payloadClient()
  // the ids come from the page's own read, which already left out what this reader may not see
  const { docs } = await payload.find({
    ...(options as object),
    collection,
    depth: 0,
    fallbackLocale: false,
    pagination: false,
    select: selectOf(fields),
    where: { id: { in: ids } },
  })
  for (const doc of docs as unknown as Record<string, unknown>[]) {
    const empty = fields.flatMap((field) => emptyAt(doc, field.split('.'), ''))
    if (empty.length) missing.set(doc.id as Id, empty)
  }
  return missing
}

/** The documents, each with its texts that show the German fallback (see untranslatedFields). */
export const withUntranslated = async <T extends { id: Id }>(
  options: ReadOptions,
  collection: Collection,
  docs: T[],
  fields: string[],
): Promise<(T & Untranslated)[]> => {
  const gaps = await untranslatedFields(
    options,
    collection,
    docs.map(({ id }) => id),
    fields,
  )
  return docs.map((doc) => ({ ...doc, untranslated: gaps.get(doc.id) }))
}

/** The id of a populated relation, else undefined (a relation left as an id shows no text). */
const relatedId = (value: unknown): Id | undefined =>
  value && typeof value === 'object' ? (value as { id: Id }).id : undefined

/**
 * The documents, each with the texts of a populated relation (`event.title`) that show the German
 * fallback added to its own: the page shows them beside the document's texts.
 */
export const withUntranslatedRelation = async <T extends Untranslated>(
  options: ReadOptions,
  docs: T[],
  relation: keyof T & string,
  collection: Collection,
  fields: string[],
): Promise<T[]> => {
  const ids = [...new Set(docs.map((doc) => relatedId(doc[relation])).filter((id) => id !== undefined))]
  const gaps = await untranslatedFields(options, collection, ids, fields)
  return docs.map((doc) => {
    const missing = gaps.get(relatedId(doc[relation]) as Id)
    if (!missing) return doc
    return { ...doc, untranslated: [...(doc.untranslated ?? []), ...missing.map((field) => `${relation}.${field}`)] }
  })
}

/** `lang` for a text that shows its fallback: the original's language, else none (the page's own). */
export const langIfUntranslated = (untranslated: readonly string[] | undefined, field: string): string | undefined =>
  untranslated?.includes(field) ? fallbackLocale : undefined
