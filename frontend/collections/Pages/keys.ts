import { dictionary } from '../../i18n/dictionary'

/**
 * The site's fixed pages. Each has one document in `pages` and one address per language
 * (frontend/i18n/routes.ts): the footer links them on every page, so their addresses do not
 * depend on what an editor types.
 */
export const pageKeys = ['imprint', 'privacy', 'accessibility', 'easyLanguage', 'signLanguage'] as const

export type PageKey = (typeof pageKeys)[number]

/** Their names in the admin panel, as the footer shows them. */
export const pageKeyLabel = (key: PageKey) => ({ de: dictionary.de.sitePages[key], en: dictionary.en.sitePages[key] })
