import { describe, expect, it } from '@jest/globals'

import { nextFreeStart } from '../../src/lib/nextFreeStart'

const event = { start: '2025-05-12T07:00:00.000Z' }

describe('nextFreeStart', () => {
  it('is the event’s start while the programme is empty', () => {
    expect(nextFreeStart(event, [])).toBe(event.start)
  })

  it('is the end of the latest session, whatever order they come in', () => {
    const sessions = [{ end: '2025-05-12T09:00:00.000Z' }, { end: '2025-05-13T11:30:00.000Z' }, { end: null }]
    expect(nextFreeStart(event, sessions)).toBe('2025-05-13T11:30:00.000Z')
  })
})
