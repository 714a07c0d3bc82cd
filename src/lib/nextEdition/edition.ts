/** Titles like "2. Kölner Symposium" (German) or "2nd Cologne Symposium" (English) carry the edition up front. */
const numbered = /^(\d+)(\.|st|nd|rd|th)\s/i

/** The English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
const englishSuffix = (n: number): string => {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th'
  return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'
}

/** The number written the way `sample` writes it: "3." after "2.", "3rd" after "2nd". */
const ordinal = (n: number, sample: string): string => (sample === '.' ? `${n}.` : `${n}${englishSuffix(n)}`)

/** The edition number a title starts with, if any. */
export const titleEdition = (title: string): number | undefined => {
  const match = title.match(numbered)
  return match ? Number(match[1]) : undefined
}

/** The next edition's number: one more than the stored edition, else than the title's number, else 2. */
export const nextEditionNumber = (edition: number | null | undefined, title: string): number =>
  (edition ?? titleEdition(title) ?? 1) + 1

/** "2. Kölner Symposium" becomes "3. Kölner Symposium", "2nd Cologne Symposium" "3rd …"; a title without a leading number stays. */
export const retitle = (title: string, edition: number): string =>
  title.replace(numbered, (_, __, suffix: string) => `${ordinal(edition, suffix)} `)

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A text's mentions of the old edition by the title's own wording ("2. Kölner Symposium" in the
 * German description, "2nd Cologne Symposium" in the English one), renumbered.
 */
export const renumberMentions = (text: string, title: string, edition: number): string => {
  const match = title.match(numbered)
  if (!match) return text
  const rest = title.slice(match[0].length)
  const mention = new RegExp(`\\b${match[1]}(\\.|st|nd|rd|th)(\\s+)${escape(rest)}`, 'gi')
  return text.replace(mention, (_, suffix: string, space: string) => `${ordinal(edition, suffix)}${space}${rest}`)
}

/** Spelled-out ordinals an editor might use for the edition ("zum zweiten Mal", "the second"). */
const spelled: Record<number, string[]> = {
  1: ['erste', 'first'],
  2: ['zweite', 'second'],
  3: ['dritte', 'third'],
  4: ['vierte', 'fourth'],
  5: ['fünfte', 'fifth'],
  6: ['sechste', 'sixth'],
  7: ['siebte', 'seventh'],
  8: ['achte', 'eighth'],
  9: ['neunte', 'ninth'],
  10: ['zehnte', 'tenth'],
}

/**
 * Whether a text still seems to name the old edition ("2.", "2nd", "zweite", "second"): not
 * changed, as "2. Oktober" would be wrongly renumbered, but shown to the editor to check.
 */
export const mentionsEdition = (text: string, edition: number): boolean => {
  const words = (spelled[edition] ?? []).map((word) => `${word}[nmrs]?`)
  return new RegExp(`(^|[^\\d.])${edition}(\\.|st|nd|rd|th)(?=\\s)|\\b(${words.join('|') || '$^'})\\b`, 'iu').test(text)
}
