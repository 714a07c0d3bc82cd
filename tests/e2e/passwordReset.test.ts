/**
 * A forgotten password, as an editor meets it: "Passwort vergessen?" in the admin, the mail the
 * local SMTP server receives (the global setup points the server's SMTP_* at it), its link to the
 * admin's reset view, a new password, and signing in with it. The account is one of its own, so
 * the other browser tests keep their passwords.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import type { Browser } from 'playwright-core'

import { mailCount, waitForMail } from '../../scripts/e2e/mailServer.mjs'
import { hydrated, signIn } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { baseUrl, rest } from './helpers/site'

const email = 'vergesslich@e2e.example.org'
const listUrl = process.env.E2E_MAIL_URL as string

let browser: Browser
let adminToken: string
let userId: string | undefined

beforeAll(async () => {
  const login = await rest('POST', '/api/users/login', { email: process.env.E2E_ADMIN_EMAIL, password: process.env.E2E_ADMIN_PASSWORD })
  adminToken = login.body.token
  const created = await rest('POST', '/api/users', { email, name: 'Vera Vergesslich', password: randomBytes(12).toString('hex'), role: 'editor' }, adminToken)
  if (created.status !== 201) throw new Error(`Could not create ${email}: ${created.status} ${JSON.stringify(created.body)}`)
  userId = created.body.doc.id
  browser = await launchBrowser()
})

afterAll(async () => {
  if (userId) await rest('DELETE', `/api/users/${userId}`, undefined, adminToken)
  await browser?.close()
})

describe('a forgotten password', () => {
  test('is reset through the link in the mail, and the new one signs the editor in', async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'de-DE' })
    const page = await context.newPage()
    await page.goto('/admin/login')
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click()
    await page.waitForURL(/\/admin\/forgot$/)
    await hydrated(page, 'form button[type="submit"]')
    const before = await mailCount({ listUrl })
    await page.locator('#field-email').fill(email)
    await page.getByRole('button', { name: 'Senden' }).click()
    await page.getByRole('heading', { name: 'E-Mail versendet' }).waitFor()

    const mail = await waitForMail({ after: before, listUrl, to: email })
    expect(mail.subject).toBe('Neues Passwort für Programm festlegen')
    const link = mail.html.match(/href="([^"]+)"/)?.[1] ?? ''
    expect(link).toMatch(new RegExp(`^${baseUrl()}/admin/reset/[0-9a-f]{40}$`))

    const newPassword = `neu-${randomBytes(9).toString('hex')}`
    await page.goto(link)
    // the fields and the button each take the typing and the click only once React has them
    for (const selector of ['#field-password', '#field-confirm-password', 'form button[type="submit"]']) await hydrated(page, selector)
    await page.locator('#field-password').fill(newPassword)
    await page.locator('#field-confirm-password').fill(newPassword)
    const reset = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/api/users/reset-password'))
    await page.getByRole('button', { name: 'Passwort zurücksetzen' }).click()
    expect((await reset).status()).toBe(200)
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await context.close()

    // a fresh browser: the new password is what signs in now
    const signedIn = await signIn(browser, email, newPassword)
    await expect(signedIn.getByRole('link', { name: 'Veranstaltungen' }).first().isVisible()).resolves.toBe(true)
    await signedIn.context().close()
  })
})
