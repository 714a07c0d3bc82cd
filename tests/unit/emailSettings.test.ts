/**
 * The e-mail settings the server reads at start: without SMTP_HOST mails go to the log; with it,
 * a missing or malformed variable stops the start with one line naming it.
 */
import { describe, expect, it } from '@jest/globals'

import { emailSettings } from '../../frontend/email/settings'

const complete = {
  EMAIL_FROM: 'Difu Veranstaltungen <veranstaltungen@difu.de>',
  NEXT_PUBLIC_SERVER_URL: 'https://veranstaltungen.difu.de',
  SMTP_HOST: 'smtp.difu.de',
  SMTP_PASS: 'geheim',
  SMTP_USER: 'veranstaltungen',
}

describe('e-mail settings', () => {
  it('write mails to the log without SMTP_HOST, from a development sender', () => {
    expect(emailSettings({})).toEqual({ fromAddress: 'programm@localhost', fromName: 'Programm' })
  })

  it('send by SMTP with name and address of EMAIL_FROM, STARTTLS on 587 unless told otherwise', () => {
    expect(emailSettings(complete)).toEqual({
      fromAddress: 'veranstaltungen@difu.de',
      fromName: 'Difu Veranstaltungen',
      smtp: { auth: { pass: 'geheim', user: 'veranstaltungen' }, host: 'smtp.difu.de', port: 587, secure: false },
    })
    expect(emailSettings({ ...complete, SMTP_SECURE: 'true' }).smtp).toMatchObject({ port: 465, secure: true })
    expect(emailSettings({ ...complete, SMTP_PORT: '25', SMTP_PASS: '', SMTP_USER: '' }).smtp).toEqual({ host: 'smtp.difu.de', port: 25, secure: false })
  })

  it.each([
    [{ EMAIL_FROM: '' }, 'SMTP_HOST is set, but EMAIL_FROM is not (see README, "E-mail").'],
    [{ NEXT_PUBLIC_SERVER_URL: '' }, 'SMTP_HOST is set, but NEXT_PUBLIC_SERVER_URL is not (see README, "E-mail").'],
    [{ EMAIL_FROM: 'Difu <kein-at-zeichen>' }, 'EMAIL_FROM must be "Name <address@example.org>" or an address, not "Difu <kein-at-zeichen>".'],
    [{ SMTP_PORT: '58x' }, 'SMTP_PORT must be a port number (1–65535), not "58x".'],
    [{ SMTP_PORT: '70000' }, 'SMTP_PORT must be a port number (1–65535), not "70000".'],
    [{ SMTP_SECURE: 'ja' }, 'SMTP_SECURE must be true or false, not "ja".'],
    [{ SMTP_PASS: '' }, 'SMTP_USER and SMTP_PASS go together: SMTP_PASS is not set.'],
    [{ SMTP_USER: '' }, 'SMTP_USER and SMTP_PASS go together: SMTP_USER is not set.'],
  ])('stop the start when SMTP_HOST is set and %j, naming the variable', (change, message) => {
    expect(() => emailSettings({ ...complete, ...change })).toThrow(message)
  })
})
