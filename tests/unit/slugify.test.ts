import { describe, expect, it } from '@jest/globals'

import { toSlug } from '../../src/lib/slugify'

describe('toSlug', () => {
  it('spells umlauts and ß out and drops dashes and punctuation', () => {
    expect(toSlug('Kölner Symposium – Straße')).toBe('koelner-symposium-strasse')
  })

  it('spells capital umlauts out in lower case', () => {
    expect(toSlug('Über Äpfel und Öfen')).toBe('ueber-aepfel-und-oefen')
  })

  it('keeps digits and joins words with single hyphens', () => {
    expect(toSlug('2. Kölner Symposium: Integrierte Infrastruktur- und Finanzplanung')).toBe(
      '2-koelner-symposium-integrierte-infrastruktur-und-finanzplanung',
    )
  })

  it('trims surrounding white space', () => {
    expect(toSlug('  Stadt der Zukunft  ')).toBe('stadt-der-zukunft')
  })

  it('leaves a slug that is already clean as it is', () => {
    expect(toSlug('koelner-symposium-2025')).toBe('koelner-symposium-2025')
  })
})
