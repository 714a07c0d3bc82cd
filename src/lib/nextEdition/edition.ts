/** Titles like "2. Kölner Symposium" carry the edition number up front. */
const numbered = /^(\d+)\.\s/

/** The next edition's number: one more than the stored edition, else than the title's number, else 2. */
export const nextEditionNumber = (edition: number | null | undefined, title: string): number =>
  (edition ?? Number(title.match(numbered)?.[1] ?? 1)) + 1

/** "2. Kölner Symposium" becomes "3. Kölner Symposium"; a title without a leading number stays. */
export const retitle = (title: string, edition: number): string => title.replace(numbered, `${edition}. `)
