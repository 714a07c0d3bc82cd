/**
 * The admin panel's own words, in German and English (issue 16, point 11): buttons and screen-
 * reader labels name their collection (never "[object Object]"), array rows are called by their
 * content, the time list and list dates speak the admin's language and notation, and the event
 * list has no two columns called "Status".
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { signIn } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { baseUrl, rest, signInAsEditor } from './helpers/site'

const words = {
  de: {
    // Payload's dashboard names a collection's create button by its plural
    createEvent: 'Veranstaltungen neu erstellen',
    addEvent: 'Veranstaltung erstellen',
    addRoom: 'Raum hinzufügen',
    time: 'Zeit',
    eventStatus: 'Veranstaltungsstatus',
  },
  en: {
    createEvent: 'Create new Events',
    addEvent: 'Add new Event',
    addRoom: 'Add Room',
    time: 'Time',
    eventStatus: 'Event status',
  },
} as const

type Language = keyof typeof words

let browser: Browser
let token: string

beforeAll(async () => {
  token = await signInAsEditor()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** The demo symposium's venue and a session of it with people, as the seed made them. */
const demo = async () => {
  const venues = await rest('GET', '/api/venues?where[slug][equals]=guerzenich-koeln&depth=0&locale=de', undefined, token)
  const sessions = await rest('GET', '/api/sessions?where[speakers.speaker][exists]=true&limit=1&depth=2&locale=de', undefined, token)
  const session = sessions.body.docs[0]
  return {
    rooms: { de: venues.body.docs[0].rooms.map(({ name }: { name: string }) => name) as string[] },
    venueId: venues.body.docs[0].id as number,
    sessionId: session.id as number,
    personName: session.speakers[0].speaker.name as string,
  }
}

/** The accessible names of every link and button on the page. */
const accessibleNames = (page: Page): Promise<string[]> =>
  page.locator('a, button').evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('aria-label') ?? element.textContent ?? ''),
  )

describe.each(['de', 'en'] as Language[])('the admin panel in %s', (language) => {
  let page: Page
  const word = words[language]

  beforeAll(async () => {
    page = await signIn(browser, process.env.E2E_EDITOR_EMAIL ?? '', process.env.E2E_EDITOR_PASSWORD ?? '')
    // Payload keeps the interface language in this cookie, as its account view sets it
    await page.context().addCookies([{ name: 'payload-lng', url: baseUrl(), value: language }])
  })

  afterAll(async () => {
    await page?.context().close()
  })

  test('names the collection on the dashboard’s create buttons, never "[object Object]"', async () => {
    await page.goto('/admin')
    await page.locator('.collections__card-list').first().waitFor()
    const names = await accessibleNames(page)
    expect(names.filter((name) => name.includes('[object'))).toEqual([])
    expect(names).toContain(word.createEvent)
  })

  test('names the collection on the "+" beside a relationship field', async () => {
    await page.goto('/admin/collections/sessions/create')
    // the "+" comes with the relationship field's client side, after the field itself
    await page.getByRole('button', { name: word.addEvent }).first().waitFor()
    const names = await accessibleNames(page)
    expect(names.filter((name) => name.includes('[object'))).toEqual([])
  })

  test('calls array rows by their content and the add button by the row’s kind', async () => {
    const { personName, rooms, sessionId, venueId } = await demo()
    await page.goto(`/admin/collections/venues/${venueId}?locale=de`)
    // Payload shows a shimmer in each row header until the form has loaded; then the labels
    const roomLabels = page.locator('#field-rooms .array-field__row-header .row-label')
    await roomLabels.first().waitFor()
    const roomRows = await roomLabels.allInnerTexts()
    expect(roomRows.map((text) => text.trim())).toEqual(rooms.de)
    await expect(page.locator('#field-rooms').getByRole('button', { name: word.addRoom }).count()).resolves.toBe(1)

    await page.goto(`/admin/collections/sessions/${sessionId}?locale=de`)
    const firstPerson = page.locator('#field-speakers .array-field__row-header .row-label').first()
    await firstPerson.filter({ hasText: personName }).waitFor()
  })

  test('captions the time list of a date picker in the admin’s language', async () => {
    await page.goto('/admin/collections/sessions/create')
    await page.locator('#field-start .react-datepicker__input-container input').click()
    await expect(page.locator('.react-datepicker__header--time').first().innerText()).resolves.toBe(word.time)
    await page.keyboard.press('Escape')
  })

  test('lists dates as dd.MM.yyyy HH:mm and tells the event status from the draft status', async () => {
    await page.goto('/admin/collections/events?locale=de')
    await page.locator('table').waitFor()
    const headings = (await page.locator('thead th').allInnerTexts()).map((text) => text.trim())
    expect(headings.filter((heading) => heading === 'Status')).toHaveLength(1)
    expect(headings).toContain(word.eventStatus)
    // Payload's date cells say "Loading..." until the browser has loaded date-fns' locale; all
    // cells share that locale, so once one shows a date, every one does
    await page.locator('td.cell-start', { hasText: /\d{2}:\d{2}/ }).first().waitFor()
    const starts = await page.locator('td.cell-start').allInnerTexts()
    expect(starts.length).toBeGreaterThan(0)
    for (const start of starts) expect(start.trim()).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/)
  })

  test('says "<Ohne …>" for an empty cell in German, never the wrong article', async () => {
    await page.goto('/admin/collections/sessions?locale=de&limit=100')
    await page.locator('table').waitFor()
    const cells = await page.locator('tbody td').allInnerTexts()
    expect(cells.filter((cell) => cell.includes('<Kein '))).toEqual([])
  })
})
