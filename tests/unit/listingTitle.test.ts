import { describe, expect, it } from '@jest/globals'

import { listingTitle } from '../../src/lib/listingTitle'

/** Listed event titles: every one with a prefix when the site sets one, none of them otherwise. */
describe('listingTitle', () => {
  const led = { organisers: [{ shortName: 'Stadt Köln' }, { shortName: 'Difu' }], title: '1. Kölner Symposium' }
  const unnamed = { organisers: [{ shortName: null }], title: 'Haushaltstag' }
  const alone = { title: 'Klimatag' }

  it('puts no prefix before any title when the site sets none, whoever organises', () => {
    expect([led, unnamed, alone].map((event) => listingTitle(event, 'de'))).toEqual(['1. Kölner Symposium', 'Haushaltstag', 'Klimatag'])
  })

  it('puts the lead organiser’s short name before the title, else the site’s own prefix', () => {
    const site = { listingPrefix: 'Difu' }
    expect([led, unnamed, alone].map((event) => listingTitle(event, 'de', site))).toEqual([
      'Stadt Köln: 1. Kölner Symposium',
      'Difu: Haushaltstag',
      'Difu: Klimatag',
    ])
  })

  it('takes the prefix in the page’s language', () => {
    const site = { listingPrefix: { de: 'Difu', en: 'GIUA' } }
    expect(listingTitle(alone, 'en', site)).toBe('GIUA: Klimatag')
    expect(listingTitle(alone, 'de', site)).toBe('Difu: Klimatag')
  })
})
