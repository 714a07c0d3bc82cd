/**
 * An editor plans an event end to end in the German admin: signs in, creates a venue, an event
 * and two sessions, meets the conflict warning when publishing two sessions in one room at one
 * time, moves one, publishes, and the public page shows the programme on the next request.
 */
import { describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'

import { fillDate, fillNewSession, press, refusal, saveNewEvent, saveNewVenue, savedId } from './helpers/admin'
import { planningEditor } from './helpers/planning'
import { get } from './helpers/site'

describe('an editor plans an event in the admin', () => {
  const suffix = randomBytes(3).toString('hex')
  const venueName = `Tagungshaus ${suffix}`
  const eventTitle = `Werkstatt Kommunalhaushalt ${suffix}`
  const opening = `Begrüßung ${suffix}`
  const reception = `Empfang ${suffix}`
  let eventSlug = ''
  let eventId = ''
  let venueId = ''
  const editor = planningEditor(() => ({ events: [eventId], others: [['venues', venueId]] }))

  /** Opens a new session of the event, at the given times in the room "Saal 1". */
  const draftSession = (title: string, kind: string, start: string, end: string): Promise<void> =>
    fillNewSession(editor.page, { end, event: eventTitle, kind, room: 'Saal 1', start, title })

  test('the admin greets the editor in German', async () => {
    await editor.page.goto('/admin/collections/events')
    expect(await editor.page.locator('h1').first().innerText()).toBe('Veranstaltungen')
  })

  test('a new venue is saved', async () => {
    venueId = await saveNewVenue(editor.page, { city: 'Bonn', latitude: '50.7374', longitude: '7.0982', name: venueName })
    expect(venueId).not.toBe('')
  })

  test('a new event at that venue is saved as a draft', async () => {
    const event = await saveNewEvent(editor.page, { end: '14.09.2027 17:00', start: '14.09.2027 09:00', title: eventTitle, venue: venueName })
    eventId = event.id
    eventSlug = event.slug
    expect(eventId).not.toBe('')
    expect(eventSlug).toMatch(/^werkstatt-kommunalhaushalt-/)
  })

  test('publishing a second session in the same room at the same time is refused, naming the first', async () => {
    await draftSession(opening, 'Begrüßung', '14.09.2027 10:00', '14.09.2027 11:00')
    await press(editor.page, /^Änderungen veröffentlichen$/)
    expect(await savedId(editor.page, 'sessions')).not.toBe('')

    await draftSession(reception, 'Empfang', '14.09.2027 10:30', '14.09.2027 11:30')
    await press(editor.page, /^Änderungen veröffentlichen$/)
    const told = await refusal(editor.page)
    expect(told).toContain('Saal 1')
    expect(told).toContain(opening)
    expect(editor.page.url()).toMatch(/\/sessions\/create/)
  })

  test('after moving it to a free time, it publishes', async () => {
    await fillDate(editor.page, 'start', '14.09.2027 11:00')
    await fillDate(editor.page, 'end', '14.09.2027 12:00')
    await press(editor.page, /^Änderungen veröffentlichen$/)
    expect(await savedId(editor.page, 'sessions')).not.toBe('')
  })

  test('once the event is published, its public page shows the programme in time order', async () => {
    expect((await get(`/veranstaltungen/${eventSlug}`)).status).toBe(404)
    await editor.page.goto(`/admin/collections/events/${eventId}`)
    await press(editor.page, /^Änderungen veröffentlichen$/)

    const html = (await get(`/veranstaltungen/${eventSlug}`)).text
    expect(html).toContain(eventTitle)
    expect(html.indexOf(opening)).toBeGreaterThan(-1)
    expect(html.indexOf(reception)).toBeGreaterThan(html.indexOf(opening))
  })
})
