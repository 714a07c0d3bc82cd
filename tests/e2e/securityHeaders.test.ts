/**
 * The security headers on every kind of response, and the parts of the site that run scripts
 * still working under the Content-Security-Policy without a single violation: the admin panel
 * (sign-in, dashboard, an event's edit view, live preview of a draft in its frame), the map with
 * tiles from the stand-in tile server and an editor's preview. Cached pages stay cached, without
 * scripts; their first render, which still carries Next's runtime, shows all it has.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { closeLivePreview, openLivePreview } from './helpers/admin'
import { headings1, launchBrowser, visit } from './helpers/browser'
import { baseUrl, demo, get, rest, signInAsEditor } from './helpers/site'

let browser: Browser
let token: string
const cleanup: string[] = []

beforeAll(async () => {
  token = await signInAsEditor()
  browser = await launchBrowser()
})

afterAll(async () => {
  for (const path of cleanup) await rest('DELETE', path, undefined, token)
  await browser?.close()
})

const tileHost = (): string => new URL((process.env.E2E_TILE_URL as string).replace(/\{[a-z]\}/g, '0')).host

/** The directives of a policy header, by name. */
const directives = (policy: string | null): Record<string, string> =>
  Object.fromEntries((policy ?? '').split(';').map((part) => part.trim().split(/\s+(.*)/s).slice(0, 2)))

const commonHeaders = (headers: Headers) => ({
  frameOptions: headers.get('x-frame-options'),
  nosniff: headers.get('x-content-type-options'),
  referrer: headers.get('referrer-policy'),
})

const expectCommonHeaders = (path: string, headers: Headers) => {
  expect([path, commonHeaders(headers)]).toEqual([path, { frameOptions: 'SAMEORIGIN', nosniff: 'nosniff', referrer: 'strict-origin-when-cross-origin' }])
}

describe('headers', () => {
  test('a cached public page: a policy without scripts that the admin may frame, without the tile server, and no HSTS over plain HTTP', async () => {
    const { headers, status } = await get(demo.de.event)
    expect(status).toBe(200)
    expectCommonHeaders(demo.de.event, headers)
    const policy = directives(headers.get('content-security-policy'))
    expect(policy['script-src']).toBe("'none'")
    expect(policy['frame-ancestors']).toBe("'self'")
    expect(policy['object-src']).toBe("'none'")
    expect(policy['base-uri']).toBe("'self'")
    expect(policy['form-action']).toBe("'self'")
    expect(headers.get('content-security-policy')).not.toContain(tileHost())
    expect(headers.has('strict-transport-security')).toBe(false)
  })

  test('the map page and the admin (its map pick of a venue) alone may load tiles from the tile server', async () => {
    const { headers } = await get('/karte')
    const policy = directives(headers.get('content-security-policy'))
    expect(policy['img-src']).toContain(`http://${tileHost()}`)
    expect(policy['script-src']).toMatch(/^'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'$/)
    expect((await get('/en/map')).headers.get('content-security-policy')).toContain(tileHost())
    expect(directives((await get('/admin/login')).headers.get('content-security-policy'))['img-src']).toContain(`http://${tileHost()}`)
  })

  test('HSTS only when the request came over HTTPS', async () => {
    const secure = await fetch(baseUrl() + demo.de.event, { headers: { 'X-Forwarded-Proto': 'https' } })
    expect(secure.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/)
    const admin = await fetch(`${baseUrl()}/admin/login`, { headers: { 'X-Forwarded-Proto': 'https' } })
    expect(admin.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/)
  })

  test('the admin panel, an API answer, a media file, a 404 and a static file carry them too', async () => {
    const admin = await get('/admin/login')
    expectCommonHeaders('/admin/login', admin.headers)
    expect(directives(admin.headers.get('content-security-policy'))).toMatchObject({ 'frame-ancestors': "'self'", 'script-src': expect.stringContaining("'nonce-") })

    const api = await get('/api/events?limit=1')
    expectCommonHeaders('/api/events', api.headers)
    expect(directives(api.headers.get('content-security-policy'))).toMatchObject({ 'default-src': "'none'", 'frame-ancestors': "'none'" })

    // the site's own address when NEXT_PUBLIC_SERVER_URL is set (as in production), a path otherwise
    const media = new URL((await rest('GET', '/api/media?limit=1&depth=0')).body.docs[0]?.url as string, baseUrl()).pathname
    expect(media).toMatch(/^\/api\/media\/file\//)
    const file = await get(media)
    expect(file.status).toBe(200)
    expectCommonHeaders(media, file.headers)
    expect(file.headers.get('content-security-policy')).toContain("default-src 'none'")

    for (const path of ['/gibt-es-nicht', '/veranstaltungen/gibt-es-nicht', '/api/gibt-es-nicht']) {
      const missing = await get(path)
      expect([path, missing.status]).toEqual([path, 404])
      expectCommonHeaders(path, missing.headers)
      expect([path, directives(missing.headers.get('content-security-policy'))['frame-ancestors']]).toEqual([path, expect.stringMatching(/'self'|'none'/)])
    }

    const script = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec((await get('/karte')).text)?.[1] as string
    const asset = await get(script)
    expect(asset.status).toBe(200)
    expectCommonHeaders(script, asset.headers)
    expect(asset.headers.get('content-security-policy')).toContain("default-src 'none'")
  })

  test('cached pages stay cached and script-free', async () => {
    for (const path of [demo.de.event, demo.en.event, demo.de.venue]) {
      await get(path)
      const again = await get(path)
      expect([path, again.headers.get('x-nextjs-cache')]).toEqual([path, 'HIT'])
      expect(again.headers.get('content-security-policy')).toContain("script-src 'none'")
      expect(again.text.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g)).toBeNull()
    }
  })
})

describe('under the policy, without a violation', () => {
  let context: BrowserContext
  let page: Page
  const violations: string[] = []

  beforeAll(async () => {
    context = await browser.newContext({ baseURL: baseUrl(), locale: 'de-DE', viewport: { height: 900, width: 1366 } })
    // in every document and frame: each violation goes to the console, where it is collected
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`),
      )
    })
    page = await context.newPage()
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to|CSP violation/.test(message.text())) violations.push(message.text())
    })
  })

  afterAll(async () => {
    await context?.close()
  })

  /** The violations since the last check, once the page has settled (they are reported asynchronously). */
  const expectNoViolations = async () => {
    await page.waitForLoadState('networkidle')
    expect(violations.splice(0)).toEqual([])
  }

  test('a page rendered afresh (a 404, never stored) shows all it has without scripts; a cached copy has none either', async () => {
    // an address never asked for before is rendered afresh; 404s go out without Next's runtime
    // (frontend/cache/notFoundAnswers.cjs), so nothing is left for the policy to block
    const path = `/veranstaltungen/neu-${randomBytes(4).toString('hex')}`
    const fresh = await page.goto(path)
    expect([fresh?.status(), fresh?.headers()['x-nextjs-cache']]).toEqual([404, 'MISS'])
    expect(await headings1(page)).toEqual([demo.de.notFoundTitle])
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)
    await expectNoViolations()

    await visit(page, demo.de.event)
    await visit(page, demo.de.event)
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)
    await expectNoViolations()
  })

  test('the admin panel: sign-in and dashboard', async () => {
    await visit(page, '/admin/login')
    await page.locator('#field-email').fill(process.env.E2E_EDITOR_EMAIL as string)
    await page.locator('#field-password').fill(process.env.E2E_EDITOR_PASSWORD as string)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await page.getByRole('link', { name: 'Veranstaltungen' }).first().waitFor()
    await expectNoViolations()
  })

  const title = `E2E-Sicherheit ${randomBytes(3).toString('hex')}`
  let eventId: string

  test('an event’s edit view with the live preview showing the draft in its frame', async () => {
    const created = await rest(
      'POST',
      '/api/events?draft=true&locale=de',
      { _status: 'draft', end: '2027-11-05T14:00:00.000Z', start: '2027-11-05T07:00:00.000Z', title },
      token,
    )
    expect(created.status).toBe(201)
    eventId = String(created.body.doc.id)
    cleanup.push(`/api/events/${eventId}`)
    await visit(page, `/admin/collections/events/${eventId}`)
    await expect(page.locator('#field-title').inputValue()).resolves.toBe(title)
    const preview = await openLivePreview(page)
    await preview.locator('h1', { hasText: title }).waitFor({ timeout: 30_000 })
    await expectNoViolations()
    await closeLivePreview(page)
  })

  test('the signed preview link shows the draft with the preview notice', async () => {
    await visit(page, `/admin/collections/events/${eventId}`)
    const href = (await page.locator('#preview-button').getAttribute('href', { timeout: 30_000 })) ?? ''
    await visit(page, href)
    expect(await headings1(page)).toEqual([title])
    await page.locator('.preview-notice').waitFor()
    await expectNoViolations()
    await page.locator('.preview-notice a').click()
    await page.waitForURL((url) => !url.pathname.startsWith('/preview'))
    // out of the preview, the draft's address is a 404 rendered afresh: its blocked runtime is the
    // case of the test above
    await page.waitForLoadState('networkidle')
    violations.splice(0)
  })

  test('the map shows tiles from the tile server and its markers', async () => {
    expect(await visit(page, '/karte')).toBe(200)
    await page.getByRole('button', { name: 'Karte anzeigen' }).click()
    await page.locator('.leaflet-tile-loaded').first().waitFor()
    await page.locator('.search-map__marker, .search-map__cluster').first().waitFor()
    await expectNoViolations()
  })

})
