/**
 * No request leaves the site: the admin (dashboard, lists, an edit view) as a signed-in editor and
 * the public pages (start page, an event, a speaker, a venue, the map page before anyone clicks the
 * map) load nothing from any other host. Gravatar is off (`admin.avatar: 'default'`), and the map's
 * tiles load only after a click. Every request Chromium makes is recorded, scripts' too.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { signIn } from './helpers/admin'
import { launchBrowser, newVisitor } from './helpers/browser'
import { baseUrl, demo, get, rest, signInAsEditor } from './helpers/site'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Records the address of every request of the page that goes to a host other than the site's. */
const foreignRequests = (page: Page): string[] => {
  const own = new URL(baseUrl()).host
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    // data: and blob: URLs never reach the network
    if (!['data:', 'blob:'].includes(url.protocol) && url.host !== own) foreign.push(`${page.url()} → ${request.url()}`)
  })
  return foreign
}

/** Opens each path and waits until the page has stopped loading anything. */
const walk = async (page: Page, paths: string[]): Promise<string[]> => {
  const opened: string[] = []
  for (const path of paths) {
    const response = await page.goto(path, { waitUntil: 'networkidle' })
    opened.push(`${path} ${response?.status()}`)
  }
  return opened
}

describe('requests to other hosts', () => {
  test('none from the admin: dashboard, the events list, an event’s edit view, the speakers list', async () => {
    const token = await signInAsEditor()
    const { body } = await rest('GET', '/api/events?where[slug][equals]=2-koelner-symposium&depth=0', undefined, token)
    const page = await signIn(browser, process.env.E2E_EDITOR_EMAIL as string, process.env.E2E_EDITOR_PASSWORD as string)
    const foreign = foreignRequests(page)
    const opened = await walk(page, ['/admin', '/admin/collections/events', `/admin/collections/events/${body.docs[0].id}`, '/admin/collections/speakers'])
    expect(opened).toEqual(['/admin 200', '/admin/collections/events 200', `/admin/collections/events/${body.docs[0].id} 200`, '/admin/collections/speakers 200'])
    // the account menu's picture is Payload's own, not Gravatar's
    await expect(page.locator('img[src*="gravatar"]').count()).resolves.toBe(0)
    expect(foreign).toEqual([])
    await page.context().close()
  })

  test('none from the public pages: start page, an event, a speaker, a venue, the map page', async () => {
    const event = await get(demo.de.event)
    const speaker = event.text.match(/href="(\/referierende\/[^"#?]+)"/)?.[1]
    expect(speaker).toBeDefined()
    const context = await newVisitor(browser)
    const page = await context.newPage()
    const foreign = foreignRequests(page)
    const paths = [demo.de.home, demo.de.event, speaker as string, demo.de.venue, demo.de.map]
    expect(await walk(page, paths)).toEqual(paths.map((path) => `${path} 200`))
    expect(foreign).toEqual([])
    await context.close()
  })
})
