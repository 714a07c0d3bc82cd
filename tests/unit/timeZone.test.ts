import { describe, expect, it } from '@jest/globals'

import { dayInZone, eventTimeZone } from '../../src/lib/timeZone'

describe('dayInZone', () => {
  it('uses Berlin by default', () => expect(eventTimeZone).toBe('Europe/Berlin'))

  describe('in winter (CET, UTC+1)', () => {
    it('is still the same day one second before midnight in Berlin', () =>
      expect(dayInZone('2025-01-14T22:59:59Z')).toBe('2025-01-14'))
    it('is the next day at midnight in Berlin, while it is still 23:00 in UTC', () =>
      expect(dayInZone('2025-01-14T23:00:00Z')).toBe('2025-01-15'))
  })

  describe('in summer (CEST, UTC+2)', () => {
    it('is still the same day one second before midnight in Berlin', () =>
      expect(dayInZone('2025-07-14T21:59:59Z')).toBe('2025-07-14'))
    it('is the next day at midnight in Berlin, while it is still 22:00 in UTC', () =>
      expect(dayInZone('2025-07-14T22:00:00Z')).toBe('2025-07-15'))
  })

  it('accepts a Date as well as a string', () => expect(dayInZone(new Date('2025-07-14T22:30:00Z'))).toBe('2025-07-15'))

  it('uses another zone when given one', () => {
    expect(dayInZone('2025-07-14T22:30:00Z', 'UTC')).toBe('2025-07-14')
    expect(dayInZone('2025-07-14T22:30:00Z', 'America/New_York')).toBe('2025-07-14')
  })
})
