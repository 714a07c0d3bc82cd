import type SMTPConnection from 'nodemailer/lib/smtp-connection'

import { flag } from '../config/flag'
import { SettingError } from '../config/settingError'

/** Who the site's mails come from, and how they leave: by SMTP, or (no SMTP_HOST) into the log. */
export type EmailSettings = {
  fromAddress: string
  fromName: string
  smtp?: SMTPConnection.Options
}

export class EmailSettingsError extends SettingError {}

const developmentFrom = { fromAddress: 'programm@localhost', fromName: 'Programm' }

/** `Name <address>` or a bare address; undefined when it is neither. */
export const parseFrom = (value: string): { fromAddress: string; fromName: string } | undefined => {
  const match = value.trim().match(/^(?:"?([^"<>]*?)"?\s*<([^<>\s@]+@[^<>\s@]+)>|([^<>\s@"]+@[^<>\s@"]+))$/)
  if (!match) return undefined
  const address = match[2] ?? match[3]
  return { fromAddress: address, fromName: match[1]?.trim() || developmentFrom.fromName }
}

/**
 * Reads SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_SECURE and EMAIL_FROM. Without SMTP_HOST
 * mails go to the log (development). With it, anything missing or malformed stops the start with
 * one line naming the variable: a server that only finds out when an editor asks for a password
 * reset has already lost that mail.
 */
export const emailSettings = (env: Record<string, string | undefined> = process.env): EmailSettings => {
  const host = env.SMTP_HOST?.trim()
  if (!host) {
    const from = env.EMAIL_FROM ? parseFrom(env.EMAIL_FROM) : developmentFrom
    if (!from) throw new EmailSettingsError(`EMAIL_FROM must be "Name <address@example.org>" or an address, not "${env.EMAIL_FROM}".`)
    return from
  }
  const missing = ['EMAIL_FROM', 'NEXT_PUBLIC_SERVER_URL'].filter((name) => !env[name]?.trim())
  // the reset mail links to the admin; without the site's address the link could only be relative
  if (missing.length) throw new EmailSettingsError(`SMTP_HOST is set, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not (see README, "E-mail").`)
  const from = parseFrom(env.EMAIL_FROM as string)
  if (!from) throw new EmailSettingsError(`EMAIL_FROM must be "Name <address@example.org>" or an address, not "${env.EMAIL_FROM}".`)
  const secure = flag('SMTP_SECURE', env.SMTP_SECURE, EmailSettingsError)
  const portText = env.SMTP_PORT?.trim()
  const port = portText ? Number(portText) : secure ? 465 : 587
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new EmailSettingsError(`SMTP_PORT must be a port number (1–65535), not "${portText}".`)
  const user = env.SMTP_USER?.trim()
  const pass = env.SMTP_PASS
  if (Boolean(user) !== Boolean(pass)) throw new EmailSettingsError(`SMTP_USER and SMTP_PASS go together: ${user ? 'SMTP_PASS' : 'SMTP_USER'} is not set.`)
  return {
    ...from,
    smtp: {
      host,
      port,
      // port 465 speaks TLS from the start; other ports upgrade with STARTTLS when the server offers it
      secure: secure ?? port === 465,
      ...(user ? { auth: { pass, user } } : {}),
    },
  }
}
