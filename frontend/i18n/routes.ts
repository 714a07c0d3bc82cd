import type { Locale } from './dictionary'

export const locales: Locale[] = ['de', 'en']

/** Path segments of the public site per language: German at /..., English under /en/... */
const segments = {
  de: {
    event: 'veranstaltungen',
    map: 'karte',
    speaker: 'referierende',
    topic: 'themen',
    venue: 'orte',
    // the site's pages (frontend/collections/Pages) and the contact form
    imprint: 'impressum',
    privacy: 'datenschutz',
    accessibility: 'barrierefreiheit',
    easyLanguage: 'leichte-sprache',
    signLanguage: 'gebaerdensprache',
    contact: 'kontakt',
    contactThanks: 'kontakt/danke',
  },
  en: {
    event: 'events',
    map: 'map',
    speaker: 'speakers',
    topic: 'topics',
    venue: 'venues',
    imprint: 'imprint',
    privacy: 'privacy',
    accessibility: 'accessibility',
    easyLanguage: 'easy-language',
    signLanguage: 'sign-language',
    contact: 'contact',
    contactThanks: 'contact/thanks',
  },
} as const

export type PageKind = keyof (typeof segments)['de']

const prefix = (locale: Locale): string => (locale === 'de' ? '' : `/${locale}`)

export const homePath = (locale: Locale): string => (locale === 'de' ? '/' : `/${locale}`)

/** The path of a page, e.g. pagePath('en', 'event', 'koelner-symposium-2') → /en/events/koelner-symposium-2 */
export const pagePath = (locale: Locale, kind: PageKind, slug?: string): string =>
  [prefix(locale), segments[locale][kind], slug].filter(Boolean).join('/').replace(/^(?!\/)/, '/')

/** Both language versions of a page, for hreflang links and the language switch. */
export const alternates = (kind: PageKind | 'home', slug?: string): Record<Locale, string> =>
  Object.fromEntries(
    locales.map((locale) => [locale, kind === 'home' ? homePath(locale) : pagePath(locale, kind, slug)]),
  ) as Record<Locale, string>
