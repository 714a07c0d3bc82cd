/**
 * The admin's start page as an editor opens it: above the collection tiles, what needs attention,
 * starting with the upcoming demo symposium and its number of draft sessions (a link to the
 * event); and the content-language selector names its language right after signing in and offers
 * both ("Deutsch (de)", "English (en)").
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { signIn } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { rest, signInAsEditor } from './helpers/site'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await signIn(browser, process.env.E2E_EDITOR_EMAIL as string, process.env.E2E_EDITOR_PASSWORD as string)
})

afterAll(async () => {
  await page?.context().close()
  await browser?.close()
})

describe('the admin dashboard', () => {
  test('shows the upcoming symposium with its number of draft sessions, linking to it', async () => {
    const token = await signInAsEditor()
    const { body: events } = await rest('GET', '/api/events?where[slug][equals]=2-koelner-symposium&depth=0', undefined, token)
    const event = events.docs[0]
    const { body: drafts } = await rest(
      'GET',
      `/api/sessions?draft=true&depth=0&limit=1&where[event][equals]=${event.id}&where[_status][equals]=draft`,
      undefined,
      token,
    )
    await page.goto('/admin')
    const upcoming = page.locator('section', { has: page.getByRole('heading', { name: 'Kommende Veranstaltungen' }) })
    const entry = upcoming.locator('li', { has: page.getByRole('link', { name: event.title }) })
    await expect(entry.innerText()).resolves.toContain(`Programmpunkte im Entwurf: ${drafts.totalDocs}`)
    await expect(entry.getByRole('link', { name: event.title }).getAttribute('href')).resolves.toBe(`/admin/collections/events/${event.id}`)
    // the dashboard stands above the collection tiles
    const [dashboardTop, tilesTop] = await Promise.all(
      ['.editors-dashboard', '.collections, .dashboard__group'].map(async (selector) => (await page.locator(selector).first().boundingBox())?.y ?? -1),
    )
    expect(dashboardTop).toBeGreaterThanOrEqual(0)
    expect(dashboardTop).toBeLessThan(tilesTop)
  })

  // Payload builds its content-language state on the first admin page a browser loads; the sign-in
  // page's config has no languages. The sign-in pages have a root layout of their own, so the step
  // to /admin loads a new document instead of keeping that state ("undefined" until a fetch returned).
  test('names the content language in the selector right after signing in, and offers both', async () => {
    const fresh = await signIn(browser, process.env.E2E_EDITOR_EMAIL as string, process.env.E2E_EDITOR_PASSWORD as string)
    // the visible selector; Payload keeps a hidden copy of its label in the header for spacing
    const localizer = fresh.locator('.app-header__localizer')
    await expect(localizer.locator('.localizer-button__current-label').innerText()).resolves.toBe('Deutsch')
    await localizer.locator('.popup-button').click()
    // the list opens in a portal at the end of the page; the current language is marked, not a button
    const buttons = fresh.locator('.popup__content .popup-button-list__button')
    await buttons.first().waitFor()
    const options = await buttons.allInnerTexts()
    expect(options.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(['Deutsch (de)', 'English (en)'])
    await fresh.context().close()
  })
})
