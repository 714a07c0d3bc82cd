import type { PageUrlArgs } from '@difu/programm'
import type { Locale } from '../i18n/dictionary'
import { locales, pagePath, type PageKind } from '../i18n/routes'
import { absoluteUrl } from './siteUrl'

const kinds: Record<PageUrlArgs['collection'], PageKind> = { events: 'event', speakers: 'speaker', venues: 'venue' }

/** The plugin's `pageUrl` option: the public page of an event, speaker or venue, in its language. */
export const pageUrl = ({ collection, slug, locale }: PageUrlArgs): string => {
  const language = locales.includes(locale as Locale) ? (locale as Locale) : 'de'
  return absoluteUrl(pagePath(language, kinds[collection], slug))
}
