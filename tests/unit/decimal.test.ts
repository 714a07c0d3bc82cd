import { describe, expect, it } from '@jest/globals'

import { parseDecimal } from '../../src/lib/decimal'

describe('parseDecimal', () => {
  it('reads a decimal comma and a decimal point alike', () => {
    expect(parseDecimal('50,9484')).toBe(50.9484)
    expect(parseDecimal(' -6.95 ')).toBe(-6.95)
    expect(parseDecimal('7')).toBe(7)
  })

  it('refuses what is not one decimal number', () => {
    for (const text of ['50.948,4', '1,2,3', '', '50°', 'abc', '5e3']) expect(parseDecimal(text)).toBeUndefined()
  })
})
