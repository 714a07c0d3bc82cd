import { describe, expect, it } from '@jest/globals'

import { dayInZone, eventTimeZone, isoInZone, midnight } from '../../src/lib/timeZone'

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

describe('isoInZone', () => {
  it('writes the Berlin wall-clock time with the offset of the day', () => {
    expect(isoInZone('2025-01-14T08:00:00.000Z')).toBe('2025-01-14T09:00:00+01:00')
    expect(isoInZone('2025-05-12T08:00:00.000Z')).toBe('2025-05-12T10:00:00+02:00')
  })

  it('accepts milliseconds and a Date as well', () => {
    expect(isoInZone(Date.parse('2025-05-12T08:00:00.000Z'))).toBe('2025-05-12T10:00:00+02:00')
    expect(isoInZone(new Date('2025-05-12T08:00:00.000Z'))).toBe('2025-05-12T10:00:00+02:00')
  })
})

describe('midnight', () => {
  it('is the instant a Berlin day begins, or the day some days later', () => {
    expect(midnight('2025-03-30').toISOString()).toBe('2025-03-29T23:00:00.000Z')
    // the clocks went forward that night: the next day begins an hour earlier in UTC
    expect(midnight('2025-03-30', 1).toISOString()).toBe('2025-03-30T22:00:00.000Z')
  })
})
