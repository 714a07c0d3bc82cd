/**
 * An address in the admin panel that leads nowhere. A signed-in editor gets Payload's "Nicht
 * gefunden" page with status 404. Someone not signed in is sent to the sign-in first, as on every
 * admin page: Payload decides that after Next has begun streaming the page (status 200), so the
 * browser follows the redirect itself.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { launchBrowser, newVisitor, visit } from './helpers/browser'
import { baseUrl, signInAsEditor } from './helpers/site'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const unknown = ['/admin/gibt-es-nicht', '/admin/gibt/es/nicht']

describe('an unknown admin address', () => {
  test.each(unknown)('%s answers a signed-in editor 404 with the admin’s not-found page', async (path) => {
    const editor = await newVisitor(browser)
    await editor.addCookies([{ name: 'payload-token', url: baseUrl(), value: await signInAsEditor() }])
    const page = await editor.newPage()
    expect(await visit(page, path)).toBe(404)
    expect(await page.title()).toContain('Nicht gefunden')
    // an unknown collection answers 404 too, but Payload gives that page no title yet
    expect(await visit(page, '/admin/collections/gibt-es-nicht')).toBe(404)
    await editor.close()
  })

  test('sends someone not signed in to the sign-in', async () => {
    const visitor = await newVisitor(browser)
    const page = await visitor.newPage()
    await visit(page, unknown[0])
    await page.waitForURL((url) => url.pathname === '/admin/login')
    await visitor.close()
  })
})
