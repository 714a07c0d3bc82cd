import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { resolvePath } from './fieldPaths'
import { idKindOf, isId } from './ids'
import type { Expectation, Refusal } from './refusal'
import { asNumber, isBooleanText, isDateValue, isEmptyValue, listOf } from './values'

const operators = [
  'equals', 'contains', 'not_equals', 'in', 'all', 'not_in', 'exists', 'greater_than', 'greater_than_equal',
  'less_than', 'less_than_equal', 'like', 'not_like', 'within', 'intersects', 'near',
]
const listOperators = new Set(['in', 'not_in', 'all'])
/** Text matches: any text is a fair value, whatever the field stores. */
const textOperators = new Set(['like', 'not_like', 'contains'])

type Context = { config: SanitizedConfig; collection: SanitizedCollectionConfig; fields: FlattenedField[] }

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

const targetsOf = (config: SanitizedConfig, relationTo: string | string[]) =>
  config.collections.filter(({ slug }) => [relationTo].flat().includes(slug))

const isIdIn = (config: SanitizedConfig, relationTo: string | string[], value: unknown): boolean =>
  targetsOf(config, relationTo).some((target) => isId(typeof value === 'number' ? value : String(value), idKindOf(config, target)))

/** What one value of `field` must look like; undefined when any value fits. */
const expected = (ctx: Context, end: ReturnType<typeof resolvePath> & object, value: unknown): Expectation | undefined => {
  const { field, part } = end
  if (!field || end.open || isEmptyValue(value)) return undefined
  const { config } = ctx
  if (field.name === 'id' && field.type !== 'relationship') {
    return isId(typeof value === 'number' ? value : String(value), idKindOf(config, end.collection)) ? undefined : 'id'
  }
  switch (field.type) {
    case 'number':
      return asNumber(value) === undefined ? 'number' : undefined
    case 'date':
      return isDateValue(value) ? undefined : 'date'
    case 'checkbox':
      return isBooleanText(value) ? undefined : 'boolean'
    case 'select':
    case 'radio': {
      const options = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      return options.includes(String(value)) ? undefined : 'option'
    }
    case 'relationship':
    case 'upload': {
      if (part === 'relationTo') return ([field.relationTo].flat() as string[]).includes(String(value)) ? undefined : 'option'
      if (isObject(value) && Array.isArray(field.relationTo)) {
        const fits = (field.relationTo as string[]).includes(String(value.relationTo)) && isIdIn(config, String(value.relationTo), value.value)
        return fits ? undefined : 'id'
      }
      return isIdIn(config, field.relationTo, value) ? undefined : 'id'
    }
    default:
      return undefined
  }
}

const nearProblem = (value: unknown): boolean => {
  const parts = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : []
  return parts.length < 2 || parts.length > 4 || parts.some((part) => asNumber(part) === undefined)
}

/**
 * The first thing in a where-query that Payload could not run as asked: an unknown field or
 * operator, or a value that does not fit its field (a letter where an id or number belongs, an
 * impossible date). Payload would otherwise answer 500 or drop the condition, and a bulk update or
 * delete would then reach every document.
 */
export const whereProblem = (ctx: Context, where: unknown, parameter = 'where', depth = 0): Refusal | undefined => {
  if (!isObject(where) || depth > 12) return { key: 'badWhere', parameter, status: 400, values: { parameter } }
  for (const [key, condition] of Object.entries(where)) {
    const here = `${parameter}[${key}]`
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(condition) ? condition : isObject(condition) && Object.keys(condition).every((index) => /^\d+$/.test(index)) ? Object.values(condition) : undefined
      if (!list) return { key: 'badWhere', parameter: here, status: 400, values: { parameter: here } }
      for (const [index, inner] of list.entries()) {
        const problem = whereProblem(ctx, inner, `${here}[${index}]`, depth + 1)
        if (problem) return problem
      }
      continue
    }
    const end = resolvePath(ctx.config, ctx.collection, ctx.fields, key)
    if (!end) return { key: 'unknownField', parameter: here, status: 400, values: { collection: ctx.collection.slug, field: key, parameter: here } }
    if (!isObject(condition)) return { key: 'badWhere', parameter: here, status: 400, values: { parameter: here } }
    for (const [operator, value] of Object.entries(condition)) {
      const at = `${here}[${operator}]`
      if (!operators.includes(operator)) {
        return { key: 'unknownOperator', parameter: at, status: 400, values: { operator, operators: operators.join(', '), parameter: at } }
      }
      const bad = (expectation: Expectation, shown: unknown): Refusal => ({
        expected: expectation,
        key: 'badValue',
        parameter: at,
        status: 400,
        values: { parameter: at, value: String(typeof shown === 'object' ? JSON.stringify(shown) : shown) },
      })
      if (operator === 'exists') {
        if (!isBooleanText(value)) return bad('boolean', value)
        continue
      }
      if (operator === 'near') {
        if (nearProblem(value)) return bad('point', value)
        continue
      }
      if (operator === 'all' && !(end.field && 'hasMany' in end.field && end.field.hasMany)) {
        return { key: 'unknownOperator', parameter: at, status: 400, values: { operator, operators: operators.filter((name) => name !== 'all').join(', '), parameter: at } }
      }
      if (textOperators.has(operator) || operator === 'within' || operator === 'intersects') continue
      for (const one of listOperators.has(operator) ? listOf(value) : [value]) {
        const expectation = expected(ctx, end, one)
        if (expectation) return bad(expectation, one)
      }
    }
  }
  return undefined
}
