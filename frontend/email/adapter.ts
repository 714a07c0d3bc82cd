import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { emailSettings } from './settings'

/**
 * Payload's e-mail adapter on nodemailer, as `@payloadcms/email-nodemailer` builds it. That package
 * has no release for payload 3.90.2, and Payload refuses to start beside its 3.90.1 (its check
 * that all Payload packages have one version); what it adds here is a dozen lines.
 */
const nodemailerAdapter = (
  transport: Transporter,
  { fromAddress, fromName }: { fromAddress: string; fromName: string },
  afterSend?: (info: { message?: unknown }, payload: Parameters<EmailAdapter>[0]['payload']) => void,
): EmailAdapter =>
  ({ payload }) => ({
    name: 'nodemailer',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: async ({ from, ...message }: SendEmailOptions) => {
      const sender = typeof from === 'object' && from ? { address: from.address, name: from.name ?? '' } : from
      const info = await transport.sendMail({ ...message, from: sender || { address: fromAddress, name: fromName } })
      afterSend?.(info, payload)
      return info
    },
  })

/**
 * Without SMTP_HOST nothing leaves the machine: nodemailer's JSON transport builds the message and
 * the whole of it (recipient, subject, HTML) goes to the server log, so a developer can follow the
 * password-reset link from there.
 */
const writeToLog: Parameters<typeof nodemailerAdapter>[2] = (info, payload) => {
  const { html, subject, text, to } = JSON.parse(String(info.message))
  payload.logger.info({ html, msg: `E-mail not sent (SMTP_HOST is not set), written to the log: "${subject}" to ${JSON.stringify(to)}`, text })
}

/** The site's e-mail: SMTP when SMTP_HOST is set, the server log otherwise (README, "E-mail"). */
export const siteEmail = (env: Record<string, string | undefined> = process.env): EmailAdapter => {
  // read when the config loads, so incomplete settings stop the server at start with one line
  const { smtp, ...from } = emailSettings(env)
  if (smtp) {
    const transport = nodemailer.createTransport(smtp)
    const adapter = nodemailerAdapter(transport, from)
    return (args) => {
      // a wrong password or an unreachable server shows in the log at start, not first at a reset
      transport.verify().catch((error: Error) => args.payload.logger.error(`Error verifying the SMTP transport (${smtp.host}:${smtp.port}): ${error.message}`))
      return adapter(args)
    }
  }
  return nodemailerAdapter(nodemailer.createTransport({ jsonTransport: true }), from, writeToLog)
}
