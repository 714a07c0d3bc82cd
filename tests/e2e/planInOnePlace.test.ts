/**
 * Issue 16, planned the way Difu's staff did it: in the German admin an editor creates a venue
 * (coordinates with a decimal comma), an event, a speaker and five sessions, meets a clash while
 * still drafting, publishes the whole programme from the event in one action, starts the next
 * edition (seeing its dates first), and a visitor reads the programme in time order, in both
 * languages, on a 320 px phone at 200 % text without scrolling sideways.
 */
import { describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'

import { choose, fillDate, fillNewSession, press, saveNewEvent, saveNewVenue, savedId } from './helpers/admin'
import { newVisitor } from './helpers/browser'
import { planningEditor } from './helpers/planning'
import { get, rest, signInAsEditor } from './helpers/site'

describe('an editor plans an event in one place; visitors read it on a phone', () => {
  const suffix = randomBytes(3).toString('hex')
  const venueName = `Stadthalle ${suffix}`
  const eventTitle = `1. Planungstag ${suffix}`
  const person = { familyName: `Wärmeplanung${suffix}`, givenName: 'Wiebke' }
  // in programme order; the discussion runs in parallel with the panel but starts later
  const titles = {
    welcome: `Begrüßung ${suffix}`,
    coffee: `Kaffeepause ${suffix}`,
    panel: `Podium Quartiere ${suffix}`,
    parallel: `Offene Runde ${suffix}`,
    workshop: `Werkstatt ${suffix}`,
  }
  const order = [titles.welcome, titles.coffee, titles.panel, titles.parallel, titles.workshop]
  let venueId = ''
  let eventId = ''
  let nextId = ''
  let speakerId = ''
  let eventSlug = ''
  const editor = planningEditor(() => ({
    events: [eventId, nextId],
    others: [
      ['speakers', speakerId],
      ['venues', venueId],
    ],
  }))

  /** Fills a new session of the event; saving is up to the test. */
  const draftSession = async (title: string, kind: string, start: string, end: string, room: string, withPerson = false) => {
    await fillNewSession(editor.page, { end, event: eventTitle, kind, room, start, title })
    if (withPerson) {
      await editor.page.getByRole('button', { name: 'Person hinzufügen' }).first().click()
      await choose(editor.page, 'speakers__0__speaker', person.familyName)
      await choose(editor.page, 'speakers__0__role', 'Podiumsgast')
    }
  }

  test('a venue takes coordinates with a German decimal comma', async () => {
    venueId = await saveNewVenue(editor.page, { city: 'Bonn', latitude: '50,7374', longitude: '7,0982', name: venueName })
    const { body } = await rest('GET', `/api/venues/${venueId}`)
    expect([body.latitude, body.longitude]).toEqual([50.7374, 7.0982])
  })

  test('an event at that venue and a speaker are saved', async () => {
    const event = await saveNewEvent(editor.page, { end: '14.09.2027 17:00', start: '14.09.2027 09:00', title: eventTitle, venue: venueName })
    eventId = event.id
    eventSlug = event.slug

    await editor.page.goto('/admin/collections/speakers/create')
    await editor.page.fill('input[name="givenName"]', person.givenName)
    await editor.page.fill('input[name="familyName"]', person.familyName)
    await press(editor.page, /^(Speichern|Entwurf speichern)$/)
    speakerId = await savedId(editor.page, 'speakers')
    expect([eventId, speakerId]).not.toContain('')
  })

  test('a room the venue lacks is added from the session form, and drafts are saved', async () => {
    await draftSession(titles.welcome, 'Begrüßung', '14.09.2027 09:00', '14.09.2027 09:30', 'Saal 1')
    await editor.page.getByRole('button', { name: `„Saal 1“ als Raum von „${venueName}“ anlegen` }).click()
    await editor.page.getByText(`„Saal 1“ ist jetzt ein Raum von „${venueName}“.`).waitFor()
    await press(editor.page, /^Entwurf speichern$/)
    expect(await savedId(editor.page, 'sessions')).not.toBe('')
    await draftSession(titles.coffee, 'Pause', '14.09.2027 10:30', '14.09.2027 11:00', 'Foyer')
    await press(editor.page, /^Entwurf speichern$/)
    await draftSession(titles.panel, 'Podiumsdiskussion', '14.09.2027 11:00', '14.09.2027 12:00', 'Saal 1', true)
    await press(editor.page, /^Entwurf speichern$/)
    await draftSession(titles.parallel, 'Offene Diskussion', '14.09.2027 11:30', '14.09.2027 12:30', 'Atrium')
    await press(editor.page, /^Entwurf speichern$/)
    expect(await savedId(editor.page, 'sessions')).not.toBe('')
  })

  test('a clash shows while drafting, beside the fields, before anything is published', async () => {
    // "saal  1" is the venue's "Saal 1", and the same person is on the panel at that time
    await draftSession(titles.workshop, 'Workshop', '14.09.2027 11:30', '14.09.2027 12:30', 'saal  1', true)
    const warning = editor.page.locator('.session-conflicts')
    // the room's clash comes first; the person's once the row's person is chosen
    await warning.getByText(/^Mitwirkende: /).waitFor()
    const told = await warning.innerText()
    expect(told).toContain('Raum')
    expect(told).toContain('Mitwirkende')
    await fillDate(editor.page, 'start', '14.09.2027 14:00')
    await fillDate(editor.page, 'end', '14.09.2027 15:00')
    await warning.waitFor({ state: 'detached' })
    await press(editor.page, /^Entwurf speichern$/)
    expect(await savedId(editor.page, 'sessions')).not.toBe('')
  })

  test('the event publishes its whole programme in one action', async () => {
    await editor.page.goto(`/admin/collections/events/${eventId}`)
    await editor.page.getByRole('button', { name: 'Programm', exact: true }).click()
    await editor.page.getByText('Keine Konflikte.').waitFor()
    await editor.page.getByRole('button', { name: 'Gesamtes Programm veröffentlichen' }).click()
    await editor.page.getByText('Veröffentlicht: 5.').waitFor()
    await press(editor.page, /^Änderungen veröffentlichen$/)
    const { body } = await rest('GET', `/api/sessions?where[event][equals]=${eventId}&limit=10&depth=0`)
    expect(body.docs.map(({ room }: { room: string }) => room).sort()).toEqual(['Atrium', 'Foyer', 'Saal 1', 'Saal 1', 'Saal 1'])
  })

  test('the public page in German: a jump link, the programme in time order, one spelling per room', async () => {
    const html = (await get(`/veranstaltungen/${eventSlug}`)).text
    expect(html).toContain('href="#programme"')
    const positions = order.map((title) => html.indexOf(title))
    expect(positions.every((position) => position > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(html).not.toContain('saal 1')
  })

  test('the English page: the same order, the untranslated German title marked lang="de", no language on the coffee break', async () => {
    const visitor = await newVisitor(editor.browser, 'phone')
    const phone = await visitor.newPage()
    await phone.goto(`/en/events/${eventSlug}`)
    expect(await phone.locator('h1').getAttribute('lang')).toBe('de')
    const cards = await phone.locator('.session__title').allInnerTexts()
    expect(cards).toEqual(order)
    // tab order follows the page: the session calendar links in time order
    const links = await phone.locator('.session__ics a').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''))
    expect(links.map((text) => order.findIndex((title) => text.includes(title)))).toEqual([0, 1, 2, 3, 4])
    expect(await phone.locator('.session--break .session__meta').innerText()).not.toContain('Language')
    await visitor.close()
  })

  test('at 320 px and 200 % text the event page does not scroll sideways', async () => {
    const visitor = await editor.browser.newContext({ baseURL: process.env.E2E_BASE_URL, viewport: { height: 640, width: 320 } })
    const phone = await visitor.newPage()
    for (const path of [`/veranstaltungen/${eventSlug}`, `/en/events/${eventSlug}`]) {
      await phone.goto(path)
      // as a reader's 200 % text setting does; through the CSSOM, which the site's CSP allows (a <style> it would block)
      await phone.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'))
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(`${path}: ${overflow}px too wide`).toBe(`${path}: 0px too wide`)
    }
    await visitor.close()
  })

  test('the next edition shows its dates first, then is renumbered with registration started over', async () => {
    await editor.page.goto(`/admin/collections/events/${eventId}`)
    await editor.page.getByRole('button', { name: 'Nächste Ausgabe anlegen' }).click()
    await editor.page.getByText(/Neuer Termin: .*2028/).waitFor()
    await editor.page.getByRole('button', { name: 'Entwurf anlegen und öffnen' }).click()
    await editor.page.waitForURL((url) => /\/admin\/collections\/events\/\d+/.test(url.pathname) && !url.pathname.endsWith(`/${eventId}`))
    nextId = editor.page.url().match(/\/events\/(\d+)/)?.[1] ?? ''
    expect(await editor.page.inputValue('input[name="title"]')).toBe(`2. Planungstag ${suffix}`)
    const token = await signInAsEditor()
    const { body } = await rest('GET', `/api/events/${nextId}?draft=true&depth=0`, undefined, token)
    expect(body.registration?.url ?? null).toBeNull()
  })

  test('the map search without JavaScript lands on its results', async () => {
    const html = (await get('/karte')).text
    expect(html).toMatch(/<form[^>]+action="\/karte#results"/)
  })

  test('the site has a favicon', async () => {
    const answer = await get('/favicon.ico')
    expect([answer.status, answer.headers.get('content-type')]).toEqual([200, 'image/x-icon'])
  })
})
