import type { Field } from 'payload'

export type AnyField = Record<string, unknown>

/** Finds a named field at any depth, through rows, groups, arrays, collapsibles, tabs and blocks. */
export const findField = (fields: Field[], name: string): AnyField | undefined => {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field as unknown as AnyField
    const nested = [
      ...('fields' in field ? [field.fields] : []),
      ...(field.type === 'tabs' ? field.tabs.map((tab) => tab.fields) : []),
      ...(field.type === 'blocks' ? (field.blocks ?? []).map((block) => block.fields) : []),
    ]
    for (const list of nested) {
      const found = findField(list, name)
      if (found) return found
    }
  }
  return undefined
}
