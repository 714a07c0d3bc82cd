/**
 * Payload's `like` becomes SQL `LIKE '%word%'` for every word, where `%` and `_` are wildcards
 * (and `\` escapes in PostgreSQL); SQLite's LIKE has no escape character at all. So a text with
 * these characters is asked of the database without them, which finds a superset on every
 * adapter, and each candidate is then checked here, literally.
 */
const wildcards = /[%_\\]/

export const hasWildcards = (q: string): boolean => wildcards.test(q)

/** The words of `q` with the wildcards taken out: what the database can be asked safely. */
export const withoutWildcards = (q: string): string => q.replace(/[%_\\]+/g, ' ').replace(/\s+/g, ' ').trim()

/** Whether `value` holds every word of `q` as written, ignoring case, as `like` would. */
export const holdsWords = (value: string | null | undefined, q: string): boolean => {
  const text = (value ?? '').toLocaleLowerCase()
  return q
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word))
}
