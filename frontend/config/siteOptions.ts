import type { SiteOptions } from '@difu/programm'

/**
 * Difu's words for the plugin (`eventsPlugin({ site })` in payload.config.ts): feed and calendar
 * titles, the iCalendar product id, and the prefix of listed event titles, which the site's
 * listings read from here as well, so the site and the plugin's exports say the same.
 */
export const siteOptions: SiteOptions = {
  calendarTitle: { de: 'Difu-Veranstaltungen', en: 'Difu events' },
  feedDescription: {
    de: 'Kommende Veranstaltungen des Deutschen Instituts für Urbanistik',
    en: 'Upcoming events of the German Institute of Urban Affairs',
  },
  feedTitle: { de: 'Difu-Veranstaltungen', en: 'Difu events' },
  icalProductId: '//Difu//Programm//DE',
  listingPrefix: 'Difu',
  name: 'Deutsches Institut für Urbanistik',
}
