import type { Metadata } from 'next'

import { t, type Locale } from '../i18n/dictionary'
import { feedPaths } from './exportLinks'
import { siteUrl } from './siteUrl'

const ogLocale: Record<Locale, string> = { de: 'de_DE', en: 'en_GB' }

/** The RSS and Atom feeds of upcoming events, announced in the head of every page (`<link rel="alternate">`). */
const feedTypes = (locale: Locale) => {
  const { feedTitle } = t(locale)
  const feeds = feedPaths(locale)
  return {
    'application/atom+xml': [{ title: feedTitle('Atom'), url: feeds.atom }],
    'application/rss+xml': [{ title: feedTitle('RSS'), url: feeds.rss }],
  }
}

/** What both root layouts share: the base URL for absolute links, the title pattern, the feeds. */
export const siteMetadata = (locale: Locale): Metadata => ({
  alternates: { types: feedTypes(locale) },
  description: t(locale).siteDescription,
  metadataBase: new URL(siteUrl()),
  title: { default: t(locale).siteName, template: `%s – ${t(locale).siteShortName}` },
})

type PageMetadata = {
  locale: Locale
  /** Both language versions of the page, from alternates() in i18n/routes. */
  paths: Record<Locale, string>
  title?: string
  description?: string | null
  image?: string | null
}

/**
 * Title, description, canonical URL and hreflang alternates (de, en, x-default → German) of a page.
 * Next replaces the layout's `alternates` as a whole, so the feeds are repeated here.
 */
export const pageMetadata = ({ locale, paths, title, description, image }: PageMetadata): Metadata => {
  const text = t(locale)
  const summary = description || text.siteDescription
  return {
    ...(title ? { title } : {}),
    description: summary,
    alternates: {
      canonical: paths[locale],
      languages: { de: paths.de, en: paths.en, 'x-default': paths.de },
      types: feedTypes(locale),
    },
    openGraph: {
      alternateLocale: ogLocale[locale === 'de' ? 'en' : 'de'],
      description: summary,
      locale: ogLocale[locale],
      siteName: text.siteName,
      title: title ?? text.siteName,
      type: 'website',
      url: paths[locale],
      ...(image ? { images: [{ url: image }] } : {}),
    },
  }
}

/** The 404 page's title; search engines are asked not to index it. */
export const notFoundMetadata = (locale: Locale): Metadata => ({
  robots: { follow: true, index: false },
  title: t(locale).notFoundTitle,
})
