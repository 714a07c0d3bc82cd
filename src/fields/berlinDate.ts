import type { DateField } from 'payload'

import { eventTimeZone } from '../lib/timeZone'

/** How the admin reads and shows every date and time: German notation on a 24-hour clock. */
export const dateTimeFormat = 'dd.MM.yyyy HH:mm'
export const timeFormat = 'HH:mm'
export const timeIntervals = 15

/** Edited in Berlin time whatever the editor's computer says; stored in UTC. */
export const berlinTimezones = {
  defaultTimezone: eventTimeZone,
  supportedTimezones: [{ label: 'Europe/Berlin', value: eventTimeZone }],
}

/**
 * The admin settings of a date-and-time field, so that `01.09.2027 23:59` means 1 September in
 * every date field (Payload's default format reads a typed date month first).
 */
export const berlinDate = {
  admin: {
    components: { Field: '@difu/programm/client#BerlinDateField' },
    date: { displayFormat: dateTimeFormat, pickerAppearance: 'dayAndTime', timeFormat, timeIntervals },
  },
  timezone: berlinTimezones,
} satisfies Pick<DateField, 'admin' | 'timezone'>
