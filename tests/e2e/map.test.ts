/**
 * The map search as a visitor uses it: the GET form and the server-rendered list without
 * JavaScript; with JavaScript the map behind its button (tiles from the local stand-in tile
 * server of the global setup, and none before the button is pressed), clustered markers, a popup
 * with the event's link, list and map highlighting each other, keyboard use, and axe-core.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page, Request } from 'playwright-core'

import { accessibilityViolations, launchBrowser, newVisitor, visit } from './helpers/browser'
import { baseUrl, demo, rest } from './helpers/site'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const tileHost = (): string => {
  const template = process.env.E2E_TILE_URL
  if (!template) throw new Error('E2E_TILE_URL is not set: run the browser tests with `npm run test:e2e`.')
  return new URL(template.replace(/\{[a-z]\}/g, '0')).host
}

/** The visible titles of the result list, in order. */
const resultTitles = async (page: Page): Promise<string[]> =>
  (await page.locator('.search-result__title').allInnerTexts()).map((text) => text.trim())

const withPage = async (opening: Promise<BrowserContext>, run: (page: Page) => Promise<void>) => {
  const context = await opening
  try {
    await run(await context.newPage())
  } finally {
    await context.close()
  }
}

describe('map search without JavaScript', () => {
  const noScript = () => browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: false })

  test('the form filters by place and lists the nearest events first, with their distance', () =>
    withPage(noScript(), async (page) => {
      expect(await visit(page, '/karte')).toBe(200)
      expect(await page.getByRole('button', { name: 'Karte anzeigen' }).count()).toBe(0)
      await page.getByLabel('Ort', { exact: true }).fill('Köln')
      await page.getByLabel('Umkreis').selectOption('25')
      await page.getByRole('button', { name: 'Suchen' }).click()
      await page.waitForURL(/near=K%C3%B6ln/)
      const url = new URL(page.url())
      expect(url.pathname).toBe('/karte')
      expect(url.searchParams.get('radius')).toBe('25')
      const titles = await resultTitles(page)
      expect(titles.length).toBeGreaterThan(0)
      // listed as on the start page, with its prefix
      expect(titles).toContain(demo.de.homeListing)
      expect(titles.every((title) => /Köln/.test(title))).toBe(true)
      const distances = await page.locator('.search-result').evaluateAll((items) =>
        items.map((item) => Number(/([\d,]+) km entfernt/.exec(item.textContent ?? '')?.[1].replace(',', '.'))),
      )
      expect(distances.every((km) => km >= 0 && km <= 25)).toBe(true)
      expect(distances).toEqual([...distances].sort((a, b) => a - b))
      // the filled form comes back as it was sent
      await expect(page.getByLabel('Ort', { exact: true }).inputValue()).resolves.toBe('Köln')
      const link = page.getByRole('link', { name: demo.de.eventTitle })
      expect(await link.getAttribute('href')).toBe(demo.de.event)
    }))

  test('a topic checkbox and dates narrow the list to what the search endpoint finds', () =>
    withPage(noScript(), async (page) => {
      await visit(page, '/karte')
      const all = await resultTitles(page)
      await page.getByRole('checkbox', { name: 'Infrastruktur' }).check()
      await page.getByLabel('Von').fill('2027-04-01')
      await page.getByRole('button', { name: 'Suchen' }).click()
      await page.waitForURL(/topic=infrastruktur/)
      const narrowed = await resultTitles(page)
      const { body } = await rest('GET', '/api/events/search?topic=infrastruktur&from=2027-04-01')
      expect(narrowed).toEqual(body.docs.map((doc: { listingTitle: string }) => doc.listingTitle))
      expect(narrowed).toContain(demo.de.homeListing)
      expect(all.length).toBeGreaterThan(narrowed.length)
      expect(await page.getByRole('checkbox', { name: 'Infrastruktur' }).isChecked()).toBe(true)
    }))

  test.each([
    ['/karte?near=Atlantis&radius=50', 'Ort', 'Diesen Ort kennen wir nicht'],
    ['/karte?from=2027-05-01&to=2027-04-01', 'Bis', 'Das Bis-Datum liegt vor dem Von-Datum'],
  ])('bad input (%s) is named next to its field', (path, label, message) =>
    withPage(noScript(), async (page) => {
      expect(await visit(page, path)).toBe(200)
      const field = page.getByLabel(label, { exact: true })
      expect(await field.getAttribute('aria-invalid')).toBe('true')
      const described = (await field.getAttribute('aria-describedby')) ?? ''
      const texts = await Promise.all(described.split(' ').map((id) => page.locator(`#${id}`).innerText()))
      expect(texts.join(' ')).toContain(message)
      expect(await page.locator('.error-summary').innerText()).toContain(message)
      expect(await page.locator('.search-result').count()).toBe(0)
    }))

  test('the English page links English event pages and both headers link the map', () =>
    withPage(noScript(), async (page) => {
      expect(await visit(page, '/en/map?near=Cologne')).toBe(200)
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      expect(await page.getByRole('link', { name: demo.en.eventTitle }).getAttribute('href')).toBe(demo.en.event)
      expect(await page.locator('.search-result').first().innerText()).toMatch(/km away/)
      // the language switch keeps the filters
      expect(await page.locator('.language-switch a[hreflang="de"]').getAttribute('href')).toBe('/karte?near=Cologne')
      const nav = page.getByRole('navigation', { name: 'Main navigation' })
      expect(await nav.getByRole('link', { name: 'Map' }).getAttribute('href')).toBe('/en/map')
      await visit(page, demo.de.event)
      expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Karte' }).getAttribute('href')).toBe('/karte')
    }))
})

describe('map search with JavaScript', () => {
  let context: BrowserContext
  let page: Page
  const tileRequests: string[] = []

  beforeAll(async () => {
    context = await newVisitor(browser)
    page = await context.newPage()
    const host = tileHost()
    page.on('request', (request: Request) => {
      if (new URL(request.url()).host === host) tileRequests.push(request.url())
    })
  })

  afterAll(async () => {
    await context?.close()
  })

  test('offers the map behind a button and contacts the tile server only once it is pressed', async () => {
    expect(await visit(page, '/karte')).toBe(200)
    const button = page.getByRole('button', { name: 'Karte anzeigen' })
    await button.waitFor()
    expect(await page.locator('#search-map-privacy').innerText()).toContain(tileHost())
    await page.waitForLoadState('networkidle')
    expect(tileRequests).toEqual([])
    expect(await accessibilityViolations(page)).toEqual([])

    await button.click()
    await page.locator('.leaflet-tile-loaded').first().waitFor()
    expect(tileRequests.length).toBeGreaterThan(0)
    await page.locator('.search-map__marker, .search-map__cluster').first().waitFor()
  })

  test('focusing or hovering a list item highlights its marker', async () => {
    const firstLink = page.locator('.search-result a').first()
    await firstLink.focus()
    await expect(page.locator('.leaflet-marker-icon.is-highlighted').count()).resolves.toBe(1)
    await page.locator('main h1').click()
    await expect(page.locator('.leaflet-marker-icon.is-highlighted').count()).resolves.toBe(0)
    await page.locator('.search-result').last().hover()
    await expect(page.locator('.leaflet-marker-icon.is-highlighted').count()).resolves.toBe(1)
  })

  test('a marker opens a popup with title, date, venue and a link to the event', async () => {
    // the demo's two Köln venues are 200 m apart: zoom into clusters until single markers show
    for (let round = 0; round < 5 && (await page.locator('.search-map__marker').count()) === 0; round += 1) {
      await page.locator('.search-map__cluster').first().click()
      await page.waitForTimeout(800)
    }
    const marker = page.locator('.search-map__marker').first()
    const title = (await marker.getAttribute('title')) ?? ''
    await marker.click()
    const popup = page.locator('.leaflet-popup-content')
    await popup.waitFor()
    const link = popup.getByRole('link')
    const href = (await link.getAttribute('href')) ?? ''
    expect(href.startsWith(demo.de.eventPrefix)).toBe(true)
    expect(title.startsWith(await popup.locator('.search-map__popup-title').innerText())).toBe(true)
    expect(await popup.innerText()).toMatch(/\d{4}/)
    // the event of the open popup is marked in the list
    expect(await page.locator(`.search-result.is-active a[href="${href}"]`).count()).toBe(1)
  })

  test('markers are reachable by keyboard and Enter opens their popup', async () => {
    await page.keyboard.press('Escape')
    const marker = page.locator('.search-map__marker').last()
    expect(await marker.getAttribute('tabindex')).toBe('0')
    expect(await marker.getAttribute('role')).toBe('button')
    await marker.focus()
    await page.keyboard.press('Enter')
    await page.locator('.leaflet-popup-content a').waitFor()
    expect(await page.locator('.leaflet-container').getAttribute('tabindex')).toBe('0')
  })

  test('passes axe-core with the map shown', async () => {
    expect(await accessibilityViolations(page)).toEqual([])
  })
})
