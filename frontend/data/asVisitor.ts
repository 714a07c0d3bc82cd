import type { Locale } from '../i18n/dictionary'

/**
 * The Local API options of every public loader: a visitor's access (published documents only,
 * never drafts), the page's language, and all matches without counting pages.
 */
export const asVisitor = (locale: Locale) =>
  ({ draft: false, locale, overrideAccess: false, pagination: false }) as const
