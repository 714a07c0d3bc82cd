import { describe, expect, it } from '@jest/globals'

import { mainLanguage, programmeDays } from '../../frontend/lib/programme'

/** 12 May 2025 in Berlin (UTC+2). */
const at = (time: string) => new Date(`2025-05-12T${time}:00+02:00`).toISOString()
const session = (id: string, from: string, to: string, extra: Record<string, string> = {}) => ({ end: at(to), id, start: at(from), ...extra })

describe('programmeDays', () => {
  it('keeps a parallel block in time order, whatever the rooms are called', () => {
    const [day] = programmeDays([
      session('forum', '11:00', '12:30', { room: 'Saal 2' }),
      session('late', '11:30', '12:30', { room: 'Forum A' }),
      session('early', '11:00', '12:00', { room: 'Saal 1' }),
    ])
    expect(day.slots.map((slot) => slot.map(({ id }) => id))).toEqual([['early', 'forum', 'late']])
  })

  it('puts sessions that start together in track order', () => {
    const [day] = programmeDays([session('b', '09:00', '10:00', { track: 'B' }), session('a', '09:00', '10:00', { track: 'A' })])
    expect(day.slots[0].map(({ id }) => id)).toEqual(['a', 'b'])
  })
})

describe('mainLanguage', () => {
  it('is the language most spoken sessions are held in; breaks do not count', () => {
    const sessions = [
      { kind: 'talk', language: 'de' },
      { kind: 'talk', language: 'en' },
      { kind: 'panel', language: 'en' },
      { kind: 'break', language: 'de' },
      { kind: 'reception', language: 'de' },
    ]
    expect(mainLanguage(sessions)).toBe('en')
    expect(mainLanguage([{ kind: 'break', language: 'de' }])).toBeUndefined()
  })
})
