import { type Field, type FieldHook, type PayloadRequest, type Validate, ValidationError, validations } from 'payload'

import { translate } from '../../translations'
import { isRealDate } from './dates'
import { missingTargets, newTargets, targetsOf } from './relations'

type Options = Parameters<Validate>[1] & { hasMany?: boolean; relationTo?: never; req: PayloadRequest }

/** A check of a value's kind; `true`, or the message naming what is wrong. */
type Check = (value: unknown, options: Options) => Promise<string | true> | string | true

const each = (value: unknown, options: Options, test: (one: unknown) => boolean): boolean =>
  options.hasMany && Array.isArray(value) ? value.every(test) : test(value)

const kind =
  (test: (one: unknown) => boolean, key: 'enterNumber' | 'invalidInput'): Check =>
  (value, options) =>
    each(value, options, test) || options.req.t(`validation:${key}`)

const isString = (one: unknown) => typeof one === 'string'

const relations: Check = async (value, options) => {
  const targets = targetsOf(value, options.relationTo as never)
  if (!targets) return options.req.t('validation:invalidInput')
  const missing = await missingTargets(newTargets(targets, options.previousValue, options.relationTo as never), options.req)
  if (missing.length === 0) return true
  return translate(options.req, 'relationMissing', { ids: missing.map(({ collection, id }) => `${collection} ${id}`).join(', ') })
}

/** Checked after the field's own validation, which already refuses ids of the wrong type. */
const afterOwn = new Set<Field['type']>(['relationship', 'upload'])

const checks: Partial<Record<Field['type'], Check>> = {
  checkbox: kind((one) => typeof one === 'boolean', 'invalidInput'),
  code: kind(isString, 'invalidInput'),
  date: (value, { req }) => isRealDate(value) || req.t('validation:notValidDate', { value: String(value) }),
  email: kind(isString, 'invalidInput'),
  number: kind((one) => typeof one === 'number' && Number.isFinite(one), 'enterNumber'),
  radio: kind(isString, 'invalidInput'),
  relationship: relations,
  select: kind(isString, 'invalidInput'),
  text: kind(isString, 'invalidInput'),
  textarea: kind(isString, 'invalidInput'),
  upload: relations,
}

const strict = (field: Field): Field => {
  const check = checks[field.type]
  if (!check || !('name' in field)) return field
  const own = (field as { validate?: Validate }).validate
  const fallback = (validations as unknown as Record<string, Validate | undefined>)[field.type]
  // Payload gives a field without `validate` its default one; with ours in place we call it ourselves
  const validateOwn: Validate = own ?? ((value, options) => (fallback ? fallback(value, { ...field, ...options } as never) : true))
  const validate: Validate = async (value, options) => {
    const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0)
    const checkValue = () => (empty ? true : check(value, options as Options))
    const first = afterOwn.has(field.type) ? await validateOwn(value, options) : await checkValue()
    if (first !== true) return first
    return afterOwn.has(field.type) ? checkValue() : validateOwn(value, options)
  }
  // Payload skips `validate` when saving a draft; a draft holding such a value breaks lists all the same
  const checkDraft: FieldHook = async ({ collection, data, path, previousValue, req, value }) => {
    if (data?._status !== 'draft' || value === null || value === undefined) return value
    const result = await check(value, { ...field, data, previousValue, req } as unknown as Options)
    if (result === true) return value
    throw new ValidationError({ collection: collection?.slug, errors: [{ message: result, path: path.join('.') }], req }, req.t)
  }
  const hooks = (field as { hooks?: { beforeChange?: FieldHook[] } }).hooks ?? {}
  return { ...field, hooks: { ...hooks, beforeChange: [...(hooks.beforeChange ?? []), checkDraft] }, validate } as Field
}

/**
 * Makes every saved value of `fields` (at any depth: groups, rows, tabs, arrays, blocks) match its
 * field before anything is written: real dates only (no `abc`, no 30 February), numbers as numbers,
 * text as text, and relationships and uploads pointing at stored documents. A mismatch is a
 * ValidationError (HTTP 400) naming the field's path, where it would otherwise reach the database
 * and fail there (HTTP 500), or be stored and break every page that reads it.
 */
export const strictValues = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: strictValues(tab.fields) })) }
    }
    if (field.type === 'blocks') {
      return { ...field, blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: strictValues(block.fields) })) }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: strictValues(field.fields) } as Field
    }
    return strict(field)
  })
