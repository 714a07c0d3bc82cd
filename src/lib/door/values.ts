import { isRealDate } from '../../fields/strictValues/dates'

/** A query-string or JSON value as a whole or decimal number, or undefined. */
export const asNumber = (value: unknown): number | undefined => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value.trim())) return undefined
  return Number(value)
}

export const isBooleanText = (value: unknown): boolean => typeof value === 'boolean' || value === 'true' || value === 'false'

export const isDateValue = (value: unknown): boolean => isRealDate(value)

/** `in`, `not_in` and `all` take a list (`in[0]=1&in[1]=2` in a query string) or a comma-separated text. */
export const listOf = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  if (value && typeof value === 'object') return Object.values(value)
  return [value]
}

/** Empty values are what `equals: null` and an empty form field send: Payload reads them as "no value". */
export const isEmptyValue = (value: unknown): boolean => value === null || value === undefined || value === '' || value === 'null'
