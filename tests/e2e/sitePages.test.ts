/**
 * The site's pages and the feedback form as visitors meet them: each page answers in German and
 * English and is linked from every footer; an unpublished page answers 404 and comes back on
 * publishing; the form works without JavaScript, thanks the sender, and answers a mistake with the
 * form again (400), the error beside its field and what was typed kept.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { headings1, launchBrowser, visit } from './helpers/browser'
import { baseUrl, get, rest, signInAsEditor } from './helpers/site'

const sitePages: Record<'de' | 'en', [path: string, title: string][]> = {
  de: [
    ['/impressum', 'Impressum'],
    ['/datenschutz', 'Datenschutzerklärung'],
    ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
    ['/leichte-sprache', 'Leichte Sprache'],
    ['/gebaerdensprache', 'Deutsche Gebärdensprache (DGS)'],
    ['/kontakt', 'Kontakt'],
  ],
  en: [
    ['/en/imprint', 'Imprint'],
    ['/en/privacy', 'Privacy notice'],
    ['/en/accessibility', 'Accessibility statement'],
    ['/en/easy-language', 'Easy language'],
    ['/en/sign-language', 'German Sign Language (DGS)'],
    ['/en/contact', 'Contact'],
  ],
}

let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  // a visitor whose browser runs no JavaScript at all
  context = await browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: false })
  page = await context.newPage()
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

describe.each(['de', 'en'] as const)('in %s', (locale) => {
  test.each(sitePages[locale])('%s answers 200 with its page, and every footer links it', async (path, title) => {
    const answer = await get(path)
    expect(answer.status).toBe(200)
    expect(answer.text).toContain(`<h1>${title}</h1>`)
    for (const other of [locale === 'de' ? '/' : '/en', locale === 'de' ? '/veranstaltungen/2-koelner-symposium' : '/en/events/2-koelner-symposium', path]) {
      expect((await get(other)).text).toContain(`href="${path}"`)
    }
  })
})

test('the sitemap lists the site pages in both languages', async () => {
  const { text } = await get('/sitemap.xml')
  for (const path of ['/impressum', '/en/imprint', '/barrierefreiheit', '/en/accessibility', '/kontakt', '/en/contact']) {
    expect(text).toContain(`${path}</loc>`)
  }
})

test('an unpublished page answers 404 in both languages, and is back once published', async () => {
  const token = await signInAsEditor()
  const { body } = await rest('GET', '/api/pages?where[key][equals]=easyLanguage', undefined, token)
  const id = body.docs[0].id
  expect((await rest('PATCH', `/api/pages/${id}`, { _status: 'draft' }, token)).status).toBe(200)
  try {
    expect((await get('/leichte-sprache')).status).toBe(404)
    expect((await get('/en/easy-language')).status).toBe(404)
  } finally {
    expect((await rest('PATCH', `/api/pages/${id}`, { _status: 'published' }, token)).status).toBe(200)
  }
  expect((await get('/leichte-sprache')).status).toBe(200)
  expect((await get('/en/easy-language')).status).toBe(200)
})

/** The answer to the form's post, as the browser receives it. */
const posted = () => page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/feedback')

describe('the feedback form without JavaScript', () => {
  test('a mistake brings the form back (400) with the error beside its field and what was typed', async () => {
    expect(await visit(page, '/barrierefreiheit')).toBe(200)
    await page.getByLabel('Name (freiwillig)').fill('Erika Muster')
    // the browser's own check lets this address through; the server's does not
    await page.getByLabel('E-Mail-Adresse').fill('erika@example')
    await page.getByLabel('Ihre Nachricht').fill('Die Tabelle ist schwer zu lesen.')
    const [answer] = await Promise.all([posted(), page.getByRole('button', { name: 'Nachricht senden' }).click()])
    expect(answer.status()).toBe(400)
    const email = page.getByLabel('E-Mail-Adresse')
    const error = page.locator('#feedback-email-error')
    expect(await error.textContent()).toBe('Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.')
    expect(await email.getAttribute('aria-describedby')).toContain('feedback-email-error')
    expect(await email.getAttribute('aria-invalid')).toBe('true')
    expect(await email.inputValue()).toBe('erika@example')
    expect(await page.getByLabel('Ihre Nachricht').inputValue()).toBe('Die Tabelle ist schwer zu lesen.')
    expect(await page.getByRole('alert').textContent()).toContain('Die Nachricht wurde nicht gesendet.')
    // the summary has the focus, without JavaScript (autofocus), so a screen reader starts there
    await page.locator('.error-summary:focus').waitFor()
    // still the accessibility statement around the form
    expect(await headings1(page)).toEqual(['Erklärung zur Barrierefreiheit'])
  })

  test('a message sent after filling in the form leads to the thank-you page', async () => {
    expect(await visit(page, '/en/contact')).toBe(200)
    await page.getByLabel('E-mail address').fill('reader@example.org')
    await page.getByLabel('Your message').fill('The programme table is hard to read with a screen reader.')
    // a person takes a few seconds; the form refuses posts sooner than that (minimum fill time)
    await page.waitForTimeout(3500)
    const [answer] = await Promise.all([posted(), page.getByRole('button', { name: 'Send message' }).click()])
    expect(answer.status()).toBe(303)
    await page.waitForURL('**/en/contact/thanks')
    expect(await headings1(page)).toEqual(['Thank you for your message'])
    const token = await signInAsEditor()
    const { body } = await rest('GET', '/api/feedback-messages?sort=-createdAt&limit=1', undefined, token)
    expect(body.docs[0]).toMatchObject({ email: 'reader@example.org', locale: 'en', origin: 'contact' })
  })
})
