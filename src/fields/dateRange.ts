import type { DateField, Validate } from 'payload'

import { translate } from '../translations'
import { allOf } from './allOf'
import { berlinDate } from './berlinDate'

const endAfterStart: Validate = (value, { req, siblingData }) => {
  const start = (siblingData as { start?: string }).start
  if (value && start && new Date(value) <= new Date(start)) return translate(req, 'endBeforeStart')
  return true
}

const required: Validate = (value, { req }) => (value ? true : req.t('validation:required'))

const dateField = (name: 'start' | 'end', validators: Validate[]): DateField => ({
  name,
  type: 'date',
  required: true,
  index: true,
  label: name === 'start' ? { de: 'Beginn', en: 'Start' } : { de: 'Ende', en: 'End' },
  ...berlinDate,
  validate: allOf([required, ...validators]),
})

/**
 * Start and end, stored in UTC and edited in Europe/Berlin; the end must come after the start.
 * `extra` validators run on both, e.g. a session checking it lies within its event.
 */
export const dateRange = (extra: Validate[] = []): [DateField, DateField] => [
  dateField('start', extra),
  dateField('end', [endAfterStart, ...extra]),
]
