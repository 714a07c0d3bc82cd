/**
 * The editors' tools in the browser: the preview link of a draft from the admin panel (shows the
 * draft to the signed-in editor, nothing to a visitor with the same link), the live preview beside
 * the form (follows the typing through autosaved drafts, while visitors see the published event),
 * and the CSV import panel above the speakers list (dry run, then import).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { closeLivePreview, openLivePreview } from './helpers/admin'
import { headings1, launchBrowser, newVisitor, visit } from './helpers/browser'
import { baseUrl, rest, signInAsEditor } from './helpers/site'

let browser: Browser
let editor: BrowserContext
let page: Page
let token: string
const suffix = randomBytes(3).toString('hex')
const cleanup: string[] = []

beforeAll(async () => {
  token = await signInAsEditor()
  browser = await launchBrowser()
  editor = await newVisitor(browser)
  // signed in as the admin panel signs in: Payload's cookie
  await editor.addCookies([{ name: 'payload-token', url: baseUrl(), value: token }])
  page = await editor.newPage()
})

afterAll(async () => {
  for (const path of cleanup) await rest('DELETE', path, undefined, token)
  await editor?.close()
  await browser?.close()
})

describe('preview of a draft', () => {
  const title = `E2E-Vorschau ${suffix}`
  let eventId: string
  let href: string
  let slug: string

  test('the admin panel links the draft event to a signed preview', async () => {
    const created = await rest(
      'POST',
      '/api/events?draft=true&locale=de',
      { _status: 'draft', end: '2027-10-05T14:00:00.000Z', start: '2027-10-05T07:00:00.000Z', title },
      token,
    )
    expect(created.status).toBe(201)
    cleanup.push(`/api/events/${created.body.doc.id}`)
    slug = created.body.doc.slug
    eventId = String(created.body.doc.id)
    await visit(page, `/admin/collections/events/${eventId}`)
    href = (await page.locator('#preview-button').getAttribute('href', { timeout: 30_000 })) ?? ''
    expect(new URL(href).searchParams.get('path')).toBe(`/veranstaltungen/${slug}`)
  })

  test('shows the signed-in editor the draft, with a way out', async () => {
    await visit(page, href)
    expect(new URL(page.url()).pathname).toBe(`/veranstaltungen/${slug}`)
    expect(await headings1(page)).toEqual([title])
    await page.locator('.preview-notice a').click()
    await page.waitForURL(`**/veranstaltungen/${slug}`)
    expect(await page.locator('.preview-notice').count()).toBe(0)
    expect(await headings1(page)).not.toContain(title)
  })

  test('the live preview beside the form shows the draft', async () => {
    await visit(page, `/admin/collections/events/${eventId}`)
    const preview = await openLivePreview(page)
    await preview.locator('h1', { hasText: title }).waitFor({ timeout: 30_000 })
    await closeLivePreview(page)
  })

  test('shows a visitor with the same link nothing', async () => {
    const visitor = await newVisitor(browser)
    const tab = await visitor.newPage()
    expect(await visit(tab, href)).toBe(401)
    expect(await visit(tab, `/veranstaltungen/${slug}`)).toBe(404)
    expect(await tab.content()).not.toContain(title)
    await visitor.close()
  })
})

describe('live preview of a published event', () => {
  const title = `E2E-Live ${suffix}`
  const typed = ' – jetzt mit neuem Titel'

  test('follows the title as the editor types, without a save, while visitors keep the published one', async () => {
    const created = await rest(
      'POST',
      '/api/events?locale=de',
      { _status: 'published', end: '2027-10-06T14:00:00.000Z', start: '2027-10-06T07:00:00.000Z', title },
      token,
    )
    expect(created.status).toBe(201)
    cleanup.push(`/api/events/${created.body.doc.id}`)
    await visit(page, `/admin/collections/events/${created.body.doc.id}`)
    const preview = await openLivePreview(page)
    await preview.locator('h1', { hasText: title }).waitFor({ timeout: 30_000 })

    const field = page.locator('#field-title')
    await field.press('End')
    await field.pressSequentially(typed)
    await preview.locator('h1', { hasText: `${title}${typed}` }).waitFor({ timeout: 30_000 })
    await closeLivePreview(page)

    const visitor = await newVisitor(browser)
    const tab = await visitor.newPage()
    expect(await visit(tab, `/veranstaltungen/${created.body.doc.slug}`)).toBe(200)
    expect(await headings1(tab)).toEqual([title])
    await visitor.close()
  })
})

describe('CSV import panel', () => {
  const familyName = `Importtest${suffix}`
  const csv = `Vorname;Nachname;Funktion\nErika;${familyName};Referentin\n`

  test('tries the file, then imports it into the speakers list', async () => {
    await visit(page, '/admin/collections/speakers')
    const panel = page.locator('section', { has: page.getByRole('heading', { name: /CSV/ }) })
    await panel.locator('input[type=file]').setInputFiles({ buffer: Buffer.from(csv), mimeType: 'text/csv', name: 'referierende.csv' })
    await panel.getByRole('button', { name: /Probelauf|Dry run/ }).click()
    await panel.getByRole('status').getByText(`Erika ${familyName}`).waitFor()
    const stored = async () =>
      (await rest('GET', `/api/speakers?where[familyName][equals]=${familyName}&depth=0`, undefined, token)).body.docs
    expect(await stored()).toHaveLength(0)

    await panel.getByRole('button', { name: /Importieren|Import/ }).click()
    await page.getByRole('link', { name: `Erika ${familyName}` }).waitFor({ timeout: 30_000 })
    const [speaker] = await stored()
    cleanup.push(`/api/speakers/${speaker.id}`)
    expect(speaker.position).toBe('Referentin')
  })
})
