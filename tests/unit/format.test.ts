import { describe, expect, it } from '@jest/globals'

import {
  dayKey,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatFileSize,
  formatLongDate,
  formatTime,
  formatTimeRange,
  formatWhen,
  yearOf,
} from '../../frontend/lib/format'

// 9:30 in Berlin in summer (CEST, UTC+2) and 10:00 in winter (CET, UTC+1)
const summer = '2026-05-14T07:30:00.000Z'
const winter = '2027-02-23T09:00:00.000Z'

describe('formatDateTime', () => {
  it('writes German dates with weekday, "Uhr" and the German zone name', () => {
    expect(formatDateTime(summer, 'de')).toBe('Do., 14. Mai 2026, 9:30 Uhr (MESZ)')
    expect(formatDateTime(winter, 'de')).toBe('Di., 23. Februar 2027, 10:00 Uhr (MEZ)')
  })

  it('writes English dates day-first with am/pm and the English zone name', () => {
    expect(formatDateTime(summer, 'en')).toBe('Thu, 14 May 2026, 9:30 am (CEST)')
    expect(formatDateTime(winter, 'en')).toBe('Tue, 23 February 2027, 10:00 am (CET)')
  })

  it('accepts Date objects as well as ISO strings', () => {
    expect(formatDateTime(new Date(summer), 'de')).toBe(formatDateTime(summer, 'de'))
  })
})

describe('the Berlin time zone', () => {
  // 22:30 UTC on 14 May is half past midnight on 15 May in Berlin
  const lateUtc = '2026-05-14T22:30:00.000Z'

  it('decides the calendar day, whatever the server zone', () => {
    expect(formatDate(lateUtc, 'de')).toBe('Fr., 15. Mai 2026')
    expect(dayKey(lateUtc)).toBe('2026-05-15')
    expect(formatTime(lateUtc, 'de')).toBe('0:30 Uhr (MESZ)')
    expect(formatTime(lateUtc, 'en')).toBe('12:30 am (CEST)')
  })

  it('decides the year', () => {
    expect(yearOf('2026-12-31T23:30:00.000Z')).toBe(2027)
    expect(yearOf(summer)).toBe(2026)
  })
})

describe('formatTime', () => {
  it('uses the 24-hour clock in German and the 12-hour clock in English', () => {
    const afternoon = '2026-05-14T14:05:00.000Z'
    expect(formatTime(afternoon, 'de')).toBe('16:05 Uhr (MESZ)')
    expect(formatTime(afternoon, 'en')).toBe('4:05 pm (CEST)')
  })
})

describe('formatLongDate', () => {
  it('spells out the weekday for headings', () => {
    expect(formatLongDate(summer, 'de')).toBe('Donnerstag, 14. Mai 2026')
    expect(formatLongDate(summer, 'en')).toBe('Thursday, 14 May 2026')
  })
})

describe('formatTimeRange', () => {
  const end = '2026-05-14T08:30:00.000Z'
  const afterNoon = '2026-05-14T11:00:00.000Z'

  it('names the zone once', () => {
    expect(formatTimeRange(summer, end, 'de')).toBe('9:30–10:30 Uhr (MESZ)')
    expect(formatTimeRange(summer, end, 'en')).toBe('9:30–10:30 am (CEST)')
  })

  it('repeats am/pm only when it changes', () => {
    expect(formatTimeRange('2026-05-14T09:30:00.000Z', afterNoon, 'en')).toBe('11:30 am–1:00 pm (CEST)')
    expect(formatTimeRange('2026-05-14T09:30:00.000Z', afterNoon, 'de')).toBe('11:30–13:00 Uhr (MESZ)')
  })

  it('names both zones when the clocks change in between', () => {
    // summer time ends on 25 October 2026 at 01:00 UTC
    expect(formatTimeRange('2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z', 'de')).toBe(
      '2:30 Uhr (MESZ) – 2:30 Uhr (MEZ)',
    )
  })
})

describe('formatDateRange and formatWhen', () => {
  const sameDayEnd = '2026-05-14T14:30:00.000Z'
  const nextDay = '2027-02-24T12:00:00.000Z'

  it('shows one date for a one-day event', () => {
    expect(formatDateRange(summer, sameDayEnd, 'de')).toBe('Do., 14. Mai 2026')
    expect(formatWhen(summer, sameDayEnd, 'de')).toBe('Do., 14. Mai 2026, 9:30–16:30 Uhr (MESZ)')
    expect(formatWhen(summer, sameDayEnd, 'en')).toBe('Thu, 14 May 2026, 9:30 am–4:30 pm (CEST)')
  })

  it('shows start and end for an event over several days', () => {
    expect(formatDateRange(winter, nextDay, 'de')).toBe('Di., 23. Februar 2027 – Mi., 24. Februar 2027')
    expect(formatWhen(winter, nextDay, 'en')).toBe(
      'Tue, 23 February 2027, 10:00 am (CET) – Wed, 24 February 2027, 1:00 pm (CET)',
    )
  })
})

describe('formatFileSize', () => {
  it('writes sizes with the language’s decimal separator', () => {
    expect(formatFileSize(329, 'de')).toBe('329 B')
    expect(formatFileSize(1_234_567, 'de')).toBe('1,2 MB')
    expect(formatFileSize(1_234_567, 'en')).toBe('1.2 MB')
    expect(formatFileSize(45_000, 'en')).toBe('45 KB')
  })
})
