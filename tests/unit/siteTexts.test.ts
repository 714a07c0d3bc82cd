import { describe, expect, it } from '@jest/globals'

import { newCalendar } from '../../src/endpoints/calendar/buildCalendar'
import { siteTexts } from '../../src/lib/siteTexts'

/** Another site using the plugin: its own words in feeds and calendars, neutral ones when it sets none. */
describe('the exports’ own words', () => {
  it('are neutral when the site sets none: no Difu, no copyright', () => {
    expect(siteTexts(undefined, 'de')).toEqual({
      calendarDescription: undefined,
      calendarTitle: 'Veranstaltungen',
      copyright: undefined,
      feedDescription: undefined,
      feedTitle: 'Veranstaltungen',
    })
    expect(siteTexts({}, 'en').feedTitle).toBe('Events')
    expect(newCalendar({}, 'Events').toString()).toContain('PRODID:-//Programm//Events//EN')
  })

  it('are the site’s own, per locale, the English one for a locale it did not name', () => {
    const site = {
      feedDescription: 'Termine',
      feedTitle: { de: 'Stadtgespräche', en: 'City talks' },
      icalProductId: '//Stadt//Termine//DE',
      name: 'Stadt Beispiel',
    }
    expect(siteTexts(site, 'de')).toEqual({
      calendarDescription: 'Termine',
      calendarTitle: 'Stadtgespräche',
      copyright: 'Stadt Beispiel',
      feedDescription: 'Termine',
      feedTitle: 'Stadtgespräche',
    })
    expect(siteTexts(site, 'fr').feedTitle).toBe('City talks')
    expect(newCalendar({ site }, 'x').toString()).toContain('PRODID:-//Stadt//Termine//DE')
  })
})
