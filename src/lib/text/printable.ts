/**
 * What XML 1.0 cannot carry and iCalendar TEXT forbids: control characters other than tab and line
 * breaks, DEL, the non-characters U+FFFE/U+FFFF, and halves of a surrogate pair without the other
 * half (which UTF-8 cannot encode). An emoji or 𝔘, a whole pair, is kept.
 */
const unprintable =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The text without those characters, and every line break as LF (CR LF and a lone CR alike). */
export const printable = (text: string): string => text.replace(unprintable, '').replace(/\r\n?/g, '\n')

/**
 * A document as the exports (calendars, feeds, schedules) may write it: `printable` applied to
 * every string inside, rich text included. Cleaning once where documents are loaded leaves each
 * format only its own escaping.
 */
export const printableDeep = <T>(value: T): T => {
  if (typeof value === 'string') return printable(value) as T
  if (Array.isArray(value)) return value.map(printableDeep) as T
  if (value && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value)))
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, printableDeep(inner)])) as T
  return value
}
