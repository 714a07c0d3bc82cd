import type { FlattenedField } from 'payload'

import type { Expectation, Refusal } from './refusal'
import { isDateValue } from './values'

type Nested = FlattenedField & { flattenedFields?: FlattenedField[]; blocks?: { slug: string; flattenedFields: FlattenedField[] }[] }

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

const optionsOf = (field: FlattenedField): string[] =>
  'options' in field ? field.options.map((option) => (typeof option === 'string' ? option : option.value)) : []

/** What one value of a field must be, for the kinds Payload itself would store unchecked or fail on. */
const kindProblem = (field: FlattenedField, value: unknown): Expectation | undefined => {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return typeof value === 'string' ? undefined : 'text'
    case 'select':
    case 'radio':
      return typeof value === 'string' && optionsOf(field).includes(value) ? undefined : 'option'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'number'
    case 'date':
      return isDateValue(value) ? undefined : 'date'
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : 'boolean'
    case 'point':
      return Array.isArray(value) && value.length === 2 && value.every((one) => typeof one === 'number' && Number.isFinite(one)) ? undefined : 'point'
    case 'richText':
      return isObject(value) && isObject(value.root) ? undefined : 'object'
    case 'group':
    case 'tab':
      return isObject(value) ? undefined : 'object'
    case 'array':
    case 'blocks':
      // the admin panel sends a list without rows as its row count, 0
      return value === 0 || (Array.isArray(value) && value.every(isObject)) ? undefined : 'list'
    default:
      return undefined
  }
}

const isMany = (field: FlattenedField): boolean => 'hasMany' in field && Boolean(field.hasMany) && field.type !== 'relationship' && field.type !== 'upload'

/**
 * The first value in a save's data that does not fit its field's kind: text that is no text, an
 * option that is none, a date that does not exist, a group or rich text that is no object, rows
 * that are no objects. Payload's own fields (time zones, upload sizes, account fields) are checked
 * too, as are the site's, which the plugin's field checks do not reach.
 */
export const dataProblem = (fields: FlattenedField[], data: unknown, path = ''): Refusal | undefined => {
  if (!isObject(data)) return undefined
  for (const [name, value] of Object.entries(data)) {
    const field = fields.find((each) => each.name === name) as Nested | undefined
    if (!field || value === null || value === undefined) continue
    const here = path ? `${path}.${name}` : name
    const values = isMany(field) ? (Array.isArray(value) ? value : [Symbol('no list')]) : [value]
    for (const one of values) {
      const problem = kindProblem(field, one)
      if (problem) {
        const shown = typeof one === 'string' ? one.slice(0, 100) : typeof one === 'symbol' ? String(value) : JSON.stringify(one)?.slice(0, 100)
        return { expected: problem, field: here, key: 'badValue', status: 400, values: { parameter: here, value: String(shown) } }
      }
    }
    if (field.flattenedFields && isObject(value)) {
      const inner = dataProblem(field.flattenedFields, value, here)
      if (inner) return inner
    }
    if (Array.isArray(value) && (field.type === 'array' || field.type === 'blocks')) {
      for (const [index, row] of value.entries()) {
        const block = field.blocks?.find(({ slug }) => slug === (row as { blockType?: unknown }).blockType)
        if (field.type === 'blocks' && !block) {
          return { expected: 'option', field: `${here}.${index}.blockType`, key: 'badValue', status: 400, values: { parameter: `${here}.${index}.blockType`, value: String((row as { blockType?: unknown }).blockType) } }
        }
        const inner = dataProblem(block?.flattenedFields ?? field.flattenedFields ?? [], row, `${here}.${index}`)
        if (inner) return inner
      }
    }
  }
  return undefined
}
