import type { CollectionSlug, FieldHook, TextField, Where } from 'payload'

import { toSlug } from '../lib/slugify'
import type { Id } from '../types'

type SlugSource = (data: Record<string, unknown>) => string | undefined

/** Long enough for any real title, short enough for an address, a file name and the sitemap. */
export const slugMaxLength = 80

/** At most `length` characters, cut after a whole word (at a hyphen) where the slug has one. */
const shortened = (slug: string, length: number): string => {
  if (slug.length <= length) return slug
  const cut = slug.slice(0, length + 1)
  const atWord = cut.lastIndexOf('-')
  return (atWord > 0 ? cut.slice(0, atWord) : cut.slice(0, length)).replace(/-+$/, '')
}

const uniqueSlug = async (
  base: string,
  { collection, id, req }: { collection: CollectionSlug; id?: Id; req: Parameters<FieldHook>[0]['req'] },
): Promise<string> => {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : `-${n}`
    const candidate = `${shortened(base, slugMaxLength - suffix.length)}${suffix}`
    const where: Where = { slug: { equals: candidate } }
    if (id !== undefined) where.id = { not_equals: id }
    const { totalDocs } = await req.payload.count({ collection, overrideAccess: true, req, where })
    if (totalDocs === 0) return candidate
  }
}

/**
 * Fills an empty slug from the document's German title and makes generated slugs unique by
 * numbering them, so editors never have to invent one. A slug typed by hand is only normalised;
 * if it is taken, the unique index answers with an error on the slug field.
 */
const generateSlug =
  (source: SlugSource): FieldHook =>
  async ({ collection, originalDoc, req, siblingData, value }) => {
    const typed = typeof value === 'string' ? toSlug(value) : ''
    if (typed !== '') return typed
    if (!collection) return value
    const isDefaultLocale =
      !req.payload.config.localization ||
      !req.locale ||
      req.locale === req.payload.config.localization.defaultLocale
    if (originalDoc?.slug && !isDefaultLocale) return originalDoc.slug
    const text = source({ ...originalDoc, ...siblingData })
    if (!text) return value
    // a title without a Latin spelling (東京シンポジウム) gives no slug; the collection's name does
    const base = toSlug(text) || collection.slug
    return uniqueSlug(base, { collection: collection.slug as CollectionSlug, id: originalDoc?.id, req })
  }

const fromField =
  (name: string): SlugSource =>
  (data) =>
    typeof data[name] === 'string' ? data[name] : undefined

/** `source` names the text field the slug is made from, or derives the text from the data. */
export const slugField = (source: SlugSource | string = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  index: true,
  unique: true,
  // a generated slug is shortened; one typed longer is refused, naming the field
  maxLength: slugMaxLength,
  label: { de: 'Kurzname (URL)', en: 'Slug (URL)' },
  admin: {
    position: 'sidebar',
    description: {
      de: 'Wird aus dem deutschen Titel erzeugt, wenn leer.',
      en: 'Generated from the German title when left empty.',
    },
  },
  hooks: { beforeValidate: [generateSlug(typeof source === 'string' ? fromField(source) : source)] },
})
