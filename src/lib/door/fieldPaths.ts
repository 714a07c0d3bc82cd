import { buildVersionCollectionFields, type FlattenedField, type SanitizedCollectionConfig, type SanitizedConfig } from 'payload'

/** A field a query path ends at; `open` when anything below it may be asked (JSON, rich text). */
export type PathEnd = {
  field?: FlattenedField
  open?: boolean
  /** For a relationship to several collections: its `relationTo` or `value` part. */
  part?: 'relationTo' | 'value'
  collection: SanitizedCollectionConfig
}

type Inner = FlattenedField & { flattenedFields?: FlattenedField[]; blocks?: { flattenedFields: FlattenedField[] }[] }

const childrenOf = (field: Inner): FlattenedField[] | undefined =>
  field.flattenedFields ?? field.blocks?.flatMap((block) => block.flattenedFields)

const idField = { name: 'id', type: 'number' } as FlattenedField

/** The fields a collection's documents, or its versions, are queried by. */
export const queryFields = (config: SanitizedConfig, collection: SanitizedCollectionConfig, versions = false): FlattenedField[] =>
  versions ? (buildVersionCollectionFields(config, collection, true) as FlattenedField[]) : collection.flattenedFields

/**
 * Follows a dotted query path (`registration.deadline`, `speakers.role`, `venue.name`) through
 * groups, tabs, arrays, blocks and relationships; undefined when a part of it is no field.
 */
export const resolvePath = (
  config: SanitizedConfig,
  collection: SanitizedCollectionConfig,
  fields: FlattenedField[],
  path: string,
): PathEnd | undefined => {
  const [name, ...rest] = path.split('.')
  const field = name === 'id' ? (fields.find((each) => each.name === 'id') ?? idField) : fields.find((each) => each.name === name)
  if (!field) return undefined
  if (rest.length === 0) return { collection, field }
  if (field.type === 'json' || field.type === 'richText') return { collection, field, open: true }
  const remaining = /^\d+$/.test(rest[0]) ? rest.slice(1) : rest
  if (remaining.length === 0) return { collection, field }
  const children = childrenOf(field as Inner)
  if (children) return resolvePath(config, collection, children, remaining.join('.'))
  if (field.type === 'relationship' || field.type === 'upload') {
    if (Array.isArray(field.relationTo)) {
      const part = remaining[0]
      return (part === 'relationTo' || part === 'value') && remaining.length === 1 ? { collection, field, part } : undefined
    }
    const target = config.collections.find(({ slug }) => slug === field.relationTo)
    return target ? resolvePath(config, target, target.flattenedFields, remaining.join('.')) : undefined
  }
  return undefined
}
