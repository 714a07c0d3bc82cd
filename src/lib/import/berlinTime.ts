import { TZDate } from '@date-fns/tz'

import { eventTimeZone } from '../timeZone'

const isoLike = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})$/
const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),? (\d{1,2}):(\d{2})(?: Uhr)?$/

/**
 * A local time in Berlin as spreadsheets write it (`2027-04-22 09:30` or `22.04.2027 09:30`) to
 * the UTC instant Payload stores; undefined when the text is no such time or names no real day.
 */
export const parseBerlinTime = (text: string): string | undefined => {
  const iso = isoLike.exec(text.trim())
  const de = german.exec(text.trim())
  const parts = iso ? iso.slice(1) : de ? [de[3], de[2], de[1], de[4], de[5]] : undefined
  if (!parts) return undefined
  const [year, month, day, hour, minute] = parts.map(Number)
  const local = new TZDate(year, month - 1, day, hour, minute, eventTimeZone)
  // TZDate rolls 31 April over into May: only a date that reads back unchanged is real
  const real =
    local.getFullYear() === year &&
    local.getMonth() === month - 1 &&
    local.getDate() === day &&
    local.getHours() === hour &&
    local.getMinutes() === minute
  return real ? new Date(local.getTime()).toISOString() : undefined
}
