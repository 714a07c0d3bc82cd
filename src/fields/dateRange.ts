import type { DateField, Validate } from 'payload'

import { message } from '../lib/messages'
import { eventTimeZone } from '../lib/timeZone'
import { allOf } from './allOf'

const timezone: DateField['timezone'] = {
  defaultTimezone: eventTimeZone,
  supportedTimezones: [{ label: 'Europe/Berlin', value: eventTimeZone }],
}

const endAfterStart: Validate = (value, { req, siblingData }) => {
  const start = (siblingData as { start?: string }).start
  if (value && start && new Date(value) <= new Date(start)) return message(req, 'endBeforeStart')
  return true
}

const required: Validate = (value, { req }) => (value ? true : req.t('validation:required'))

const dateField = (name: 'start' | 'end', validators: Validate[]): DateField => ({
  name,
  type: 'date',
  required: true,
  index: true,
  label: name === 'start' ? { de: 'Beginn', en: 'Start' } : { de: 'Ende', en: 'End' },
  timezone,
  // German notation and a 24-hour clock in both admin languages, so times read as on the programme
  admin: { date: { displayFormat: 'dd.MM.yyyy HH:mm', pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', timeIntervals: 15 } },
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
