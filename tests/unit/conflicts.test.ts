import { describe, expect, it } from '@jest/globals'

import { formatEventDays, isOnEventDay } from '../../src/lib/conflicts/eventDays'
import { overlaps } from '../../src/lib/conflicts/overlaps'
import { findRoomClash, sameRoom } from '../../src/lib/conflicts/rooms'
import { findSpeakerClash, lacksSpeakers } from '../../src/lib/conflicts/speakers'

/** 12 May 2025, Berlin summer time (UTC+2): `at('10:00')` is 10:00 in Berlin. */
const at = (time: string, day = '2025-05-12') => new Date(`${day}T${time}:00+02:00`).toISOString()
const span = (from: string, to: string) => ({ start: at(from), end: at(to) })

describe('overlaps', () => {
  it('sees sessions that share any minute', () => {
    expect(overlaps(span('10:00', '11:00'), span('10:30', '11:30'))).toBe(true)
    expect(overlaps(span('10:00', '12:00'), span('10:30', '11:00'))).toBe(true)
  })

  it('lets one session follow another without a gap', () => {
    expect(overlaps(span('10:00', '11:00'), span('11:00', '12:00'))).toBe(false)
    expect(overlaps(span('11:00', '12:00'), span('10:00', '11:00'))).toBe(false)
  })
})

describe('findSpeakerClash', () => {
  const podium = { ...span('10:30', '11:30'), id: 2, speakers: [7, 8], title: 'Podium' }

  it('names the person and the other session they are already on in', () => {
    const clash = findSpeakerClash({ ...span('10:00', '11:00'), speakers: [5, 8] }, [podium])
    expect(clash).toEqual({ session: podium, speaker: 8 })
  })

  it('finds nothing when the times do not overlap or the people differ', () => {
    expect(findSpeakerClash({ ...span('11:30', '12:00'), speakers: [8] }, [podium])).toBeUndefined()
    expect(findSpeakerClash({ ...span('10:00', '11:00'), speakers: [5] }, [podium])).toBeUndefined()
  })

  it('does not compare a session with its own stored version', () => {
    expect(findSpeakerClash({ ...span('10:00', '11:00'), id: 2, speakers: [8] }, [podium])).toBeUndefined()
  })
})

describe('findRoomClash', () => {
  const talk = { ...span('10:00', '11:00'), id: 3, room: 'Saal 1', title: 'Vortrag' }

  it('treats case and spacing as the same room', () => {
    expect(sameRoom(' saal  1 ', 'SAAL 1')).toBe(true)
    expect(sameRoom('Saal 1', 'Saal 2')).toBe(false)
  })

  it('finds another session in the same room at the same time', () => {
    expect(findRoomClash({ ...span('10:30', '11:30'), room: 'saal 1' }, [talk])).toBe(talk)
  })

  it('allows another room, a later time, or no room at all', () => {
    expect(findRoomClash({ ...span('10:30', '11:30'), room: 'Saal 2' }, [talk])).toBeUndefined()
    expect(findRoomClash({ ...span('11:00', '12:00'), room: 'Saal 1' }, [talk])).toBeUndefined()
    expect(findRoomClash({ ...span('10:30', '11:30'), room: '' }, [{ ...talk, room: '' }])).toBeUndefined()
  })
})

describe('lacksSpeakers', () => {
  it('asks for speakers for talks, keynotes, panels and workshops', () => {
    for (const kind of ['talk', 'keynote', 'panel', 'workshop']) expect(lacksSpeakers(kind, [])).toBe(true)
    expect(lacksSpeakers('talk', [{ speaker: 1 }])).toBe(false)
  })

  it('lets a welcome, a break or a reception go without', () => {
    for (const kind of ['welcome', 'break', 'reception', 'discussion']) expect(lacksSpeakers(kind, undefined)).toBe(false)
  })
})

describe('event days', () => {
  const event = { end: at('17:00', '2025-05-13'), start: at('09:00') }

  it('takes any time on the event’s days in Berlin, even before its start or after its end', () => {
    expect(isOnEventDay(at('00:30'), event)).toBe(true)
    expect(isOnEventDay(at('23:00', '2025-05-13'), event)).toBe(true)
  })

  it('refuses the day before and the day after', () => {
    expect(isOnEventDay(at('23:30', '2025-05-11'), event)).toBe(false)
    expect(isOnEventDay(at('00:30', '2025-05-14'), event)).toBe(false)
    expect(formatEventDays(event)).toBe('2025-05-12 – 2025-05-13')
  })
})
