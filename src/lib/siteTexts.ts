import type { LocalizedText, SiteOptions } from '../types'

/** A neutral feed title for sites that set none; other locales get the English one. */
const defaultFeedTitle: LocalizedText = { de: 'Veranstaltungen', en: 'Events' }

export const defaultProductId = '//Programm//Events//EN'

/** The text for a content locale: its own, else the English one, else the first there is. */
export const textIn = (text: LocalizedText | undefined, locale: string): string | undefined =>
  typeof text === 'string' ? text : text && (text[locale] ?? text.en ?? Object.values(text)[0])

/** The exports' own words in one locale, the site's options filled up with neutral defaults. */
export const siteTexts = (site: SiteOptions = {}, locale: string) => {
  const feedTitle = textIn(site.feedTitle ?? defaultFeedTitle, locale) ?? 'Events'
  const feedDescription = textIn(site.feedDescription, locale)
  return {
    calendarDescription: textIn(site.calendarDescription, locale) ?? feedDescription,
    calendarTitle: textIn(site.calendarTitle, locale) ?? feedTitle,
    copyright: site.name,
    feedDescription,
    feedTitle,
  }
}
