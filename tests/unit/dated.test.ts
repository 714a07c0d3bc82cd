import { describe, expect, it } from '@jest/globals'

import { hasDates, shownByDates } from '../../frontend/data/dated'

/**
 * The event page and the programmes (frontend/data/event.ts, speaker.ts) leave out for visitors an
 * event or session whose date was stored as no date and so reads as empty, instead of showing it
 * on 1 January 1970; an editor's preview keeps a draft that has no dates yet.
 */
const dated = { end: '2030-05-12T09:00:00.000Z', start: '2030-05-12T08:00:00.000Z', title: 'Mit Datum' }
const noStart = { end: '2030-05-12T09:00:00.000Z', start: null, title: 'Ohne Beginn' }
const noEnd = { end: null, start: '2030-05-12T08:00:00.000Z', title: 'Ohne Ende' }

describe('documents without their dates', () => {
  it('are not dated', () => {
    expect([dated, noStart, noEnd].map(hasDates)).toEqual([true, false, false])
  })

  it('are left out for visitors', () => {
    expect(shownByDates([noStart, dated, noEnd], { draft: false })).toEqual([dated])
  })

  it('stay in an editor’s preview', () => {
    expect(shownByDates([noStart, dated, noEnd], { draft: true })).toEqual([noStart, dated, noEnd])
  })
})
