import { APIError } from 'payload'

import { type ProgrammKey, type Texts, translate } from '../../translations'

/** What a refused value is not, by the kind of value its field or comparison wants. */
export type Expectation = 'boolean' | 'date' | 'email' | 'id' | 'list' | 'number' | 'object' | 'option' | 'point' | 'text'

const expectationKeys: Record<Expectation, ProgrammKey> = {
  boolean: 'badValueBoolean',
  date: 'badValueDate',
  email: 'badValueEmail',
  id: 'badValueId',
  list: 'badValueList',
  number: 'badValueNumber',
  object: 'badValueObject',
  option: 'badValueOption',
  point: 'badValuePoint',
  text: 'badValueText',
}

/** Why a request is refused: the status, the text's key with its values, and what it names. */
export type Refusal = {
  status: 400 | 404 | 413 | 415
  key: ProgrammKey
  values?: Record<string, number | string>
  /** For `badValue`: what the value should have been, told as `{{expected}}`. */
  expected?: Expectation
  /** The query or path parameter (`where[start][greater_than]`, `id`) or body field (`title`) at fault. */
  parameter?: string
  field?: string
}

const dataOf = ({ field, parameter }: Refusal) => (field ? { field } : parameter ? { parameter } : undefined)

const messageOf = (i18n: Pick<Texts, 't'>, { expected, key, values }: Refusal): string =>
  translate(i18n, key, { ...values, ...(expected && { expected: translate(i18n, expectationKeys[expected]) }) })

/** The refusal as Payload answers errors: `{ errors: [{ message, data }] }`, in the request's language. */
export const refusalResponse = (refusal: Refusal, i18n: Pick<Texts, 't'>): Response =>
  Response.json({ errors: [{ data: dataOf(refusal), message: messageOf(i18n, refusal) }] }, { status: refusal.status })

/** The refusal as an error thrown inside Payload (a hook), answered with its status and logged at info level. */
export const refusalError = (refusal: Refusal, i18n: Pick<Texts, 't'>): APIError =>
  new APIError(messageOf(i18n, refusal), refusal.status, dataOf(refusal), true)
