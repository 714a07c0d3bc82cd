/**
 * Issue 16: an editor picks a venue's coordinates on a map. The map (tiles from the local
 * stand-in tile server of the global setup) loads only after the button naming the tile host is
 * pressed; a click on it and the arrow keys on its marker fill in latitude and longitude, which
 * saving stores.
 */
import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import type { Browser, Page, Request } from 'playwright-core'

import { press, signInEditor } from './helpers/admin'
import { launchBrowser, wcagRules } from './helpers/browser'
import { rest, signInAsEditor } from './helpers/site'

const start = { lat: 50.7374, lng: 7.0982 }
/** The zoom the map opens at on a venue's coordinates (src/components/MapPick/startView.ts). */
const zoom = 16
/** Degrees of longitude per pixel at that zoom: the world is 256 · 2^zoom pixels wide. */
const degreesPerPixel = 360 / (256 * 2 ** zoom)
/** Web Mercator's y of a latitude, in pixels of the world at that zoom. */
const mercatorY = (lat: number) => (256 * 2 ** zoom * (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI)) / 2
const latitudeAt = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - (2 * y) / (256 * 2 ** zoom)))) - 90
/** A click lands within a pixel of where it was aimed. */
const tolerance = 1.5 * degreesPerPixel

const tileHost = (): string => {
  const template = process.env.E2E_TILE_URL
  if (!template) throw new Error('E2E_TILE_URL is not set: run the browser tests with `npm run test:e2e`.')
  return new URL(template.replace(/\{[a-z]\}/g, '0')).host
}

/** The coordinates the form shows, read as the German admin writes them (decimal comma). */
const shownCoordinates = async (page: Page) => ({
  lat: Number((await page.inputValue('input[name="latitude"]')).replace(',', '.')),
  lng: Number((await page.inputValue('input[name="longitude"]')).replace(',', '.')),
})

/** Waits until the form shows other coordinates than `from`, as the admin's inputs hold them. */
const coordinatesMoved = (page: Page, from: { lat: string; lng: string }) =>
  page.waitForFunction(
    ([lat, lng]) =>
      document.querySelector<HTMLInputElement>('input[name="latitude"]')?.value !== lat &&
      document.querySelector<HTMLInputElement>('input[name="longitude"]')?.value !== lng,
    [from.lat, from.lng],
  )

const inputs = async (page: Page) => ({ lat: await page.inputValue('input[name="latitude"]'), lng: await page.inputValue('input[name="longitude"]') })

describe('an editor picks a venue’s coordinates on the map', () => {
  const tileRequests: string[] = []
  let browser: Browser
  let page: Page
  let token = ''
  let venueId = ''

  beforeAll(async () => {
    token = await signInAsEditor()
    const { body } = await rest(
      'POST',
      '/api/venues',
      { address: { city: 'Bonn' }, latitude: start.lat, longitude: start.lng, name: `Kartenhaus ${randomBytes(3).toString('hex')}` },
      token,
    )
    venueId = String(body.doc.id)
    browser = await launchBrowser()
    page = await signInEditor(browser)
    const host = tileHost()
    page.on('request', (request: Request) => {
      if (new URL(request.url()).host === host) tileRequests.push(request.url())
    })
  })

  afterAll(async () => {
    if (venueId) await rest('DELETE', `/api/venues/${venueId}`, undefined, token)
    await browser?.close()
  })

  test('the map loads only after the button, which names the tile server', async () => {
    await page.goto(`/admin/collections/venues/${venueId}`)
    const button = page.getByRole('button', { name: 'Auf der Karte wählen' })
    await button.waitFor()
    // a click before React has hydrated the button is lost; React marks the elements it has taken over
    await button.evaluate((element) => new Promise<void>((done) => {
      const hydrated = () => (Object.keys(element).some((key) => key.startsWith('__reactProps')) ? done() : requestAnimationFrame(hydrated))
      hydrated()
    }))
    expect(await page.getByText(`Kartenbilder von ${tileHost()}`).count()).toBe(1)
    await page.waitForLoadState('networkidle')
    expect(tileRequests).toEqual([])

    await button.click()
    await page.locator('.leaflet-tile-loaded').first().waitFor()
    expect(tileRequests.length).toBeGreaterThan(0)
    expect(await page.getByRole('region', { name: 'Karte zur Wahl der Koordinaten' }).isVisible()).toBe(true)
  })

  test('a click on the map sets latitude and longitude to the clicked point', async () => {
    const map = page.getByRole('region', { name: 'Karte zur Wahl der Koordinaten' })
    const box = await map.boundingBox()
    if (!box) throw new Error('The map has no box.')
    // the map opens centred on the venue; aim right of and above it, clear of the controls
    const offset = { x: 120, y: -50 }
    const before = await inputs(page)
    await map.click({ position: { x: box.width / 2 + offset.x, y: box.height / 2 + offset.y } })
    await coordinatesMoved(page, before)
    await page.getByRole('status').filter({ hasText: 'Eingetragen: Breitengrad' }).waitFor()

    const shown = await shownCoordinates(page)
    expect(Math.abs(shown.lng - (start.lng + offset.x * degreesPerPixel))).toBeLessThan(tolerance)
    expect(Math.abs(shown.lat - latitudeAt(mercatorY(start.lat) + offset.y))).toBeLessThan(tolerance)
  })

  test('without a mouse: the arrow keys move the marker and the coordinates with it', async () => {
    const typed = await inputs(page)
    const before = await shownCoordinates(page)
    const marker = page.getByRole('button', { name: 'Markierung der Lage, mit den Pfeiltasten verschieben' })
    await marker.focus()
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowDown')
    await coordinatesMoved(page, typed)
    const after = await shownCoordinates(page)
    // 8 pixels a key (src/components/MapPick/pickMap.ts)
    expect(Math.abs(after.lng - (before.lng - 8 * degreesPerPixel))).toBeLessThan(tolerance)
    expect(Math.abs(after.lat - latitudeAt(mercatorY(before.lat) + 8))).toBeLessThan(tolerance)
  })

  test('the map pick meets WCAG 2.1 AA', async () => {
    const { violations } = await new AxeBuilder({ page }).include('.leaflet-container').withRules(wcagRules).analyze()
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  })

  test('saving stores the picked coordinates', async () => {
    const shown = await shownCoordinates(page)
    await press(page, /^Speichern$/)
    const { body } = await rest('GET', `/api/venues/${venueId}`, undefined, token)
    expect([body.latitude, body.longitude]).toEqual([shown.lat, shown.lng])
  })
})
