import slugifyLibrary from 'slugify'

/** URL slug from a German text: umlauts become ae/oe/ue, ß becomes ss. */
export const toSlug = (text: string): string =>
  slugifyLibrary(text, { locale: 'de', lower: true, strict: true, trim: true })
