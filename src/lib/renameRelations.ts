import type { CollectionSlug, Field } from 'payload'

type SlugMap = Record<string, string>

const rename = (slug: string, slugs: SlugMap): CollectionSlug => (slugs[slug] ?? slug) as CollectionSlug

/** Points relationship, upload and join fields at renamed collections, at any depth. */
export const renameRelations = (fields: Field[], slugs: SlugMap): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'relationship' || field.type === 'upload') {
      const { relationTo } = field
      return {
        ...field,
        relationTo: Array.isArray(relationTo)
          ? relationTo.map((slug) => rename(slug, slugs))
          : rename(relationTo, slugs),
      } as Field
    }
    if (field.type === 'join') return { ...field, collection: rename(field.collection as string, slugs) }
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: renameRelations(tab.fields, slugs) })) }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: renameRelations(block.fields, slugs) })),
      }
    }
    if ('fields' in field) return { ...field, fields: renameRelations(field.fields, slugs) } as Field
    return field
  })
