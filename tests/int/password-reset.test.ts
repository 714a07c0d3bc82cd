/**
 * Password reset end to end over REST, with the site's real e-mail settings (SMTP_*, EMAIL_FROM)
 * pointed at an SMTP server on 127.0.0.1 that this test starts: the mail arrives, in the editor's
 * language, from the configured sender, signed in with the configured account, and its link sets
 * a new password.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { mailCount, startMailServer, waitForMail } from '../../scripts/e2e/mailServer.mjs'
import { password } from '../helpers/fixtures'
import { type ApiContext, startApi } from '../helpers/rest'

const siteUrl = 'https://veranstaltungen.example.org'

let ctx: ApiContext
let mailServer: Awaited<ReturnType<typeof startMailServer>>

beforeAll(async () => {
  mailServer = await startMailServer()
  // the config reads these when it loads, as the server does at start
  Object.assign(process.env, mailServer.env, {
    EMAIL_FROM: 'Difu Veranstaltungen <veranstaltungen@example.org>',
    NEXT_PUBLIC_SERVER_URL: siteUrl,
  })
  ctx = await startApi()
})

afterAll(async () => {
  await ctx?.close()
  await mailServer?.stop()
  for (const name of [...Object.keys(mailServer?.env ?? {}), 'EMAIL_FROM', 'NEXT_PUBLIC_SERVER_URL']) delete process.env[name]
})

const newEditor = (email: string) =>
  ctx.payload.create({ collection: 'users', data: { email, name: 'Rita Reset', password, role: 'editor' }, overrideAccess: true })

const linkPattern = new RegExp(`${siteUrl}/admin/reset/([0-9a-f]{40})`)

describe('asking for a new password', () => {
  it('mails a German link to the admin’s reset view that sets a new password', async () => {
    const email = 'rita@example.org'
    await newEditor(email)
    const before = await mailCount(mailServer)
    const asked = await ctx.api.post('/api/users/forgot-password', { email })
    expect(asked.status).toBe(200)

    const mail = await waitForMail({ after: before, mails: mailServer.mails, to: email })
    expect(mail.subject).toBe('Neues Passwort für Programm festlegen')
    expect(mail.from).toBe('"Difu Veranstaltungen" <veranstaltungen@example.org>')
    expect(mail.user).toBe(mailServer.user)
    expect(mail.text).toContain('Wenn Sie kein neues Passwort angefordert haben')
    const token = mail.html.match(linkPattern)?.[1]
    expect(token).toBeDefined()

    const newPassword = 'ein ganz neues Passwort 2027'
    const reset = await ctx.api.post('/api/users/reset-password', { password: newPassword, token: token as string })
    expect(reset.status).toBe(200)
    await expect(ctx.api.login(email, newPassword)).resolves.toEqual(expect.any(String))
    expect((await ctx.api.post('/api/users/login', { email, password })).status).toBe(401)
    // the link is used up
    expect((await ctx.api.post('/api/users/reset-password', { password: 'noch ein anderes 2027', token: token as string })).status).not.toBe(200)
  })

  it('mails in English to an editor whose admin speaks English', async () => {
    const email = 'rory@example.org'
    await newEditor(email)
    const before = await mailCount(mailServer)
    const asked = await ctx.api.request('POST', '/api/users/forgot-password', { body: { email }, language: 'en' })
    expect(asked.status).toBe(200)
    const mail = await waitForMail({ after: before, mails: mailServer.mails, to: email })
    expect(mail.subject).toBe('Set a new password for Programm')
    expect(mail.text).toContain('If you did not ask for a new password')
    expect(mail.html).toMatch(linkPattern)
  })

  it('answers an unknown address as a known one, and mails nobody', async () => {
    const before = await mailCount(mailServer)
    const asked = await ctx.api.post('/api/users/forgot-password', { email: 'nobody@example.org' })
    expect(asked.status).toBe(200)
    // a known address's mail, asked for afterwards, arrives: the unknown one's would have come first
    await newEditor('later@example.org')
    await ctx.api.post('/api/users/forgot-password', { email: 'later@example.org' })
    await waitForMail({ after: before, mails: mailServer.mails, to: 'later@example.org' })
    expect(mailServer.mails.slice(before).map((mail) => mail.to)).toEqual([['later@example.org']])
  })

  it('refuses a repeat within 15 seconds alike for known and unknown addresses, and sends no second mail', async () => {
    await newEditor('twice@example.org')
    const first = await ctx.api.post('/api/users/forgot-password', { email: 'twice@example.org' })
    await waitForMail({ mails: mailServer.mails, to: 'twice@example.org' })
    const count = await mailCount(mailServer)
    await ctx.api.post('/api/users/forgot-password', { email: 'unknown@example.org' })
    const repeats = await Promise.all(
      ['twice@example.org', 'unknown@example.org'].map((email) => ctx.api.post('/api/users/forgot-password', { email })),
    )
    expect([first.status, ...repeats.map(({ status }) => status)]).toEqual([200, 429, 429])
    expect(repeats[0].body).toEqual(repeats[1].body)
    expect(repeats[0].body.errors[0].message).toMatch(/Bitte warten Sie einen Moment/)
    expect(await mailCount(mailServer)).toBe(count)
  })
})
