/**
 * The editors' workflow in the admin panel: it opens in German even for an English browser, and
 * "Nächste Ausgabe anlegen" on the demo symposium creates the next edition and opens its draft.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchBrowser } from './helpers/browser'
import { baseUrl, rest, signInAsEditor, type Json } from './helpers/site'

let browser: Browser
let context: BrowserContext
let page: Page
let token: string
let created: string | undefined

beforeAll(async () => {
  token = await signInAsEditor()
  browser = await launchBrowser()
  // an English browser: the admin must still open in German
  context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-GB', viewport: { height: 900, width: 1366 } })
  page = await context.newPage()
})

afterAll(async () => {
  // leave the demo as it was, for the other browser tests
  if (created) {
    await rest('DELETE', `/api/sessions?where[event][equals]=${created}`, undefined, token)
    await rest('DELETE', `/api/events/${created}`, undefined, token)
  }
  await context?.close()
  await browser?.close()
})

const demoEvent = async (): Promise<Json> => {
  const { body } = await rest('GET', '/api/events?where[slug][equals]=2-koelner-symposium&depth=0', undefined, token)
  return body.docs[0]
}

describe('the admin panel', () => {
  test('signs the editor in, in German although the browser asks for English', async () => {
    await page.goto('/admin/login')
    await page.locator('#field-email').fill(process.env.E2E_EDITOR_EMAIL as string)
    await page.locator('#field-password').fill(process.env.E2E_EDITOR_PASSWORD as string)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
    await expect(page.getByRole('link', { name: 'Veranstaltungen' }).first().isVisible()).resolves.toBe(true)
  })

  test('creates the next edition from the event’s edit view and opens its draft', async () => {
    const event = await demoEvent()
    await page.goto(`/admin/collections/events/${event.id}`)
    await page.getByRole('button', { name: 'Nächste Ausgabe anlegen' }).click()
    const days = page.getByLabel('Verschieben um (Tage)')
    await expect(days.inputValue()).resolves.toBe('364')
    await page.getByRole('button', { name: 'Entwurf anlegen und öffnen' }).click()
    // the demo's description may still name its edition; then the editor is asked to check it first
    await page.getByRole('status').getByText(/bitte prüfen/).waitFor()
    await page.getByRole('link', { name: 'Neue Ausgabe öffnen' }).click()
    await page.waitForURL((url) => /^\/admin\/collections\/events\/\d+$/.test(url.pathname) && !url.pathname.endsWith(`/${event.id}`))
    created = new URL(page.url()).pathname.split('/').pop()
    await expect(page.locator('#field-title').inputValue()).resolves.toBe(event.title.replace(/^2\. /, '3. '))
    await expect(page.locator('#field-edition').inputValue()).resolves.toBe('3')
  })

  test('adds a session to the programme with the event and the next free start filled in', async () => {
    await page.locator('.tabs-field__tab-button', { hasText: 'Programm' }).click()
    await page.getByRole('button', { name: 'Neuen Eintrag hinzufügen' }).click()
    const drawer = page.locator('.drawer--is-open')
    await drawer.getByText('Beginn vorgeschlagen').waitFor()
    // the copied programme's latest session ends on 20 April 2028 (the symposium day, 364 days on)
    await expect(drawer.locator('#field-start').getByRole('textbox').inputValue()).resolves.toMatch(/20.*2028/)
    await expect(drawer.locator('#field-event').innerText()).resolves.toContain('3. Kölner Symposium')
  })
})
