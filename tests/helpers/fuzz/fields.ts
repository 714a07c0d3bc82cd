import type { Field } from 'payload'

/** A field that takes a value in a save, with the body that puts a value there. */
export type FuzzField = {
  path: string
  type: string
  hasMany: boolean
  /** Payload fills it itself (upload sizes, account state): a value sent for it may be dropped rather than refused. */
  managed: boolean
  wrap: (value: unknown) => Record<string, unknown>
}

type Wrap = (inner: Record<string, unknown>) => Record<string, unknown>

const skipped = new Set(['join', 'ui'])

/** Every field of a collection at any depth: groups and named tabs nest, arrays and blocks hold one row. */
const managedBy = (field: Field): boolean => {
  const { admin, hidden } = field as { admin?: { readOnly?: boolean; hidden?: boolean; disabled?: boolean }; hidden?: boolean }
  return Boolean(hidden || admin?.readOnly || admin?.hidden || admin?.disabled)
}

export const fuzzFields = (fields: Field[], prefix = '', outer: Wrap = (inner) => inner, managed = false): FuzzField[] =>
  fields.flatMap((field): FuzzField[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? fuzzFields(tab.fields, `${prefix}${tab.name}.`, (inner) => outer({ [tab.name as string]: inner }))
          : fuzzFields(tab.fields, prefix, outer),
      )
    }
    if (!('name' in field) || skipped.has(field.type) || field.name === 'id') {
      return 'fields' in field ? fuzzFields(field.fields, prefix, outer) : []
    }
    const { name } = field
    const path = `${prefix}${name}`
    const isManaged = managed || managedBy(field)
    const own: FuzzField = {
      managed: isManaged,
      hasMany: 'hasMany' in field && Boolean(field.hasMany),
      path,
      type: field.type,
      wrap: (value) => outer({ [name]: value }),
    }
    if (field.type === 'group') return [own, ...fuzzFields(field.fields, `${path}.`, (inner) => outer({ [name]: inner }), isManaged)]
    if (field.type === 'array') return [own, ...fuzzFields(field.fields, `${path}.0.`, (inner) => outer({ [name]: [inner] }), isManaged)]
    if (field.type === 'blocks') {
      return [
        own,
        ...(field.blocks ?? []).flatMap((block) =>
          fuzzFields(block.fields, `${path}.0.`, (inner) => outer({ [name]: [{ blockType: block.slug, ...inner }] }), isManaged),
        ),
      ]
    }
    return [own]
  })
