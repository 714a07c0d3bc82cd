/**
 * An editor plans an event end to end in the German admin: signs in, creates a venue, an event
 * and two sessions, meets the conflict warning when publishing two sessions in one room at one
 * time, moves one, publishes, and the public page shows the programme on the next request.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'

import { choose, fillDate, fillNewSession, press, refusal, savedId, signInEditor } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { removePlanned } from './helpers/cleanup'
import { get } from './helpers/site'

describe('an editor plans an event in the admin', () => {
  const suffix = randomBytes(3).toString('hex')
  const venueName = `Tagungshaus ${suffix}`
  const eventTitle = `Werkstatt Kommunalhaushalt ${suffix}`
  const opening = `Begrüßung ${suffix}`
  const reception = `Empfang ${suffix}`
  let browser: Browser
  let page: Page
  let eventSlug = ''
  let eventId = ''
  let venueId = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await signInEditor(browser)
  })

  // leave the demo as it was, for the other browser tests (the screenshots show the start page)
  afterAll(async () => {
    await removePlanned([eventId], [['venues', venueId]])
    await browser?.close()
  })

  /** Opens a new session of the event, at the given times in the room "Saal 1". */
  const draftSession = (title: string, kind: string, start: string, end: string): Promise<void> =>
    fillNewSession(page, { end, event: eventTitle, kind, room: 'Saal 1', start, title })

  test('the admin greets the editor in German', async () => {
    await page.goto('/admin/collections/events')
    expect(await page.locator('h1').first().innerText()).toBe('Veranstaltungen')
  })

  test('a new venue is saved', async () => {
    await page.goto('/admin/collections/venues/create')
    await page.fill('input[name="name"]', venueName)
    await page.fill('input[name="address.city"]', 'Bonn')
    await page.fill('input[name="latitude"]', '50.7374')
    await page.fill('input[name="longitude"]', '7.0982')
    await press(page, /^Speichern$/)
    venueId = await savedId(page, 'venues')
    expect(venueId).not.toBe('')
  })

  test('a new event at that venue is saved as a draft', async () => {
    await page.goto('/admin/collections/events/create')
    await page.fill('input[name="title"]', eventTitle)
    await page.getByRole('button', { name: 'Termin und Ort' }).click()
    await fillDate(page, 'start', '14.09.2027 09:00')
    await fillDate(page, 'end', '14.09.2027 17:00')
    await choose(page, 'venue', venueName)
    await press(page, /^Entwurf speichern$/)
    eventId = await savedId(page, 'events')
    expect(eventId).not.toBe('')
    eventSlug = await page.inputValue('input[name="slug"]')
    expect(eventSlug).toMatch(/^werkstatt-kommunalhaushalt-/)
  })

  test('publishing a second session in the same room at the same time is refused, naming the first', async () => {
    await draftSession(opening, 'Begrüßung', '14.09.2027 10:00', '14.09.2027 11:00')
    await press(page, /^Änderungen veröffentlichen$/)
    expect(await savedId(page, 'sessions')).not.toBe('')

    await draftSession(reception, 'Empfang', '14.09.2027 10:30', '14.09.2027 11:30')
    await press(page, /^Änderungen veröffentlichen$/)
    const told = await refusal(page)
    expect(told).toContain('Saal 1')
    expect(told).toContain(opening)
    expect(page.url()).toMatch(/\/sessions\/create/)
  })

  test('after moving it to a free time, it publishes', async () => {
    await fillDate(page, 'start', '14.09.2027 11:00')
    await fillDate(page, 'end', '14.09.2027 12:00')
    await press(page, /^Änderungen veröffentlichen$/)
    expect(await savedId(page, 'sessions')).not.toBe('')
  })

  test('once the event is published, its public page shows the programme in time order', async () => {
    expect((await get(`/veranstaltungen/${eventSlug}`)).status).toBe(404)
    await page.goto('/admin/collections/events')
    await page.getByRole('link', { name: eventTitle }).first().click()
    await savedId(page, 'events')
    await press(page, /^Änderungen veröffentlichen$/)

    const html = (await get(`/veranstaltungen/${eventSlug}`)).text
    expect(html).toContain(eventTitle)
    expect(html.indexOf(opening)).toBeGreaterThan(-1)
    expect(html.indexOf(reception)).toBeGreaterThan(html.indexOf(opening))
  })
})
