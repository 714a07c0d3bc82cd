import { describe, expect, it } from '@jest/globals'

import { richText } from '../helpers/fixtures'
import { nextEventData, nextSessionData, renumberTexts } from '../../src/lib/nextEdition/copies'
import { nextEditionNumber, retitle } from '../../src/lib/nextEdition/edition'
import { plainText } from '../../src/lib/nextEdition/richText'
import { defaultOffsetDays, readOffsetDays } from '../../src/lib/nextEdition/offsetDays'
import { shiftDays } from '../../src/lib/nextEdition/shift'

describe('readOffsetDays', () => {
  it('defaults to 364 days, the same weekday a year later', () => {
    expect(readOffsetDays({})).toBe(364)
    expect(readOffsetDays(undefined)).toBe(defaultOffsetDays)
  })

  it('takes whole numbers from 1 to 3660', () => {
    expect(readOffsetDays({ offsetDays: 1 })).toBe(1)
    expect(readOffsetDays({ offsetDays: 3660 })).toBe(3660)
  })

  it('refuses anything else', () => {
    for (const offsetDays of [0, -7, 3661, 1.5, '364', true]) expect(readOffsetDays({ offsetDays })).toBeUndefined()
  })
})

describe('shiftDays', () => {
  it('keeps the wall-clock time in Berlin across a change of summer time', () => {
    // Thursday 22 April 2027, 09:30 in Berlin (UTC+2) to Thursday 9 March 2028, 09:30 (UTC+1)
    expect(shiftDays('2027-04-22T07:30:00.000Z', 322)).toBe('2028-03-09T08:30:00.000Z')
  })

  it('lands on the same weekday after 364 days', () => {
    const shifted = new Date(shiftDays('2027-04-22T07:30:00.000Z', 364))
    expect(shifted.getUTCDay()).toBe(new Date('2027-04-22T07:30:00.000Z').getUTCDay())
    expect(shifted.toISOString()).toBe('2028-04-20T07:30:00.000Z')
  })
})

describe('edition numbers and titles', () => {
  it('counts on from the stored edition, else from the title', () => {
    expect(nextEditionNumber(2, 'Kölner Symposium')).toBe(3)
    expect(nextEditionNumber(null, '4. Fachtagung')).toBe(5)
    expect(nextEditionNumber(undefined, 'Fachtagung')).toBe(2)
  })

  it('renumbers a title that starts with “N. ” or an English ordinal, and leaves others alone', () => {
    expect(retitle('2. Kölner Symposium', 3)).toBe('3. Kölner Symposium')
    expect(retitle('Kölner Symposium 2027', 3)).toBe('Kölner Symposium 2027')
    expect(retitle('2nd Cologne Symposium', 3)).toBe('3rd Cologne Symposium')
    expect(retitle('3rd Cologne Symposium', 4)).toBe('4th Cologne Symposium')
    expect(retitle('10th Cologne Symposium', 11)).toBe('11th Cologne Symposium')
    expect(retitle('20th Cologne Symposium', 21)).toBe('21st Cologne Symposium')
  })

  it('renumbers a description’s mentions of the old title, and flags other mentions of the edition', () => {
    const description = richText('Das 3. Kölner Symposium beginnt am 3. Oktober.', 'Wir laden zum dritten Mal ein.')
    const { description: renumbered, review } = renumberTexts({ description, title: '3. Kölner Symposium' }, 4)
    expect(plainText(renumbered)).toBe('Das 4. Kölner Symposium beginnt am 3. Oktober.\nWir laden zum dritten Mal ein.')
    expect(review).toBe(true)
    const english = renumberTexts({ description: richText('Welcome to the 3rd Cologne Symposium.'), title: '3rd Cologne Symposium' }, 4)
    expect(plainText(english.description)).toBe('Welcome to the 4th Cologne Symposium.')
    expect(english.review).toBe(false)
  })
})

describe('copies', () => {
  it('makes the event a fresh draft a year later with the next number', () => {
    const data = nextEventData(
      {
        edition: 2,
        end: '2027-04-22T15:00:00.000Z',
        registration: { deadline: '2027-04-01T10:00:00.000Z', fee: 'kostenfrei', state: 'open', url: 'https://example.org/anmeldung-2027' },
        start: '2027-04-22T07:30:00.000Z',
        title: '2. Kölner Symposium',
      },
      364,
    )
    expect(data.review).toBe(false)
    expect(data.data).toMatchObject({
      _status: 'draft',
      edition: 3,
      end: '2028-04-20T15:00:00.000Z',
      registration: { deadline: null, state: 'notYetOpen', url: null },
      slug: null,
      start: '2028-04-20T07:30:00.000Z',
      title: '3. Kölner Symposium',
    })
  })

  it('moves a session into the new event, keeps its people unconfirmed and drops slides and recording', () => {
    const data = nextSessionData(
      {
        end: '2027-04-22T08:30:00.000Z',
        speakers: [{ id: 'row-1', role: 'speaker', speaker: 7 }],
        start: '2027-04-22T07:30:00.000Z',
      },
      42,
      7,
    )
    expect(data).toEqual({
      _status: 'draft',
      end: '2027-04-29T08:30:00.000Z',
      event: 42,
      materials: [],
      recordingUrl: null,
      slug: null,
      speakers: [{ needsConfirmation: true, role: 'speaker', speaker: 7 }],
      start: '2027-04-29T07:30:00.000Z',
    })
  })
})
