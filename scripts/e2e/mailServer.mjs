/**
 * A real SMTP server on 127.0.0.1 for the tests (smtp-server, messages parsed with mailparser): it
 * keeps every mail it receives, with the account the sender signed in with. Browser tests run in
 * another process than the global setup that starts it, so it also lists the mails as JSON over
 * HTTP (`GET <listUrl>`), on 127.0.0.1 too. Both on free ports.
 */
import { simpleParser } from 'mailparser'
import http from 'node:http'
import { SMTPServer } from 'smtp-server'

/** @typedef {{ from: string, to: string[], subject: string, html: string, text: string, user: string | undefined }} Mail */

const listen = (server) =>
  new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(server.server?.address?.() ?? server.address()))
  })

const close = (server) => new Promise((resolve) => server.close(() => resolve()))

/** Starts the SMTP server and its HTTP list. `user`/`pass`: the one account it accepts. */
export const startMailServer = async ({ user = 'programm', pass = 'smtp-test-secret' } = {}) => {
  /** @type {Mail[]} */
  const mails = []
  const smtp = new SMTPServer({
    // plain SMTP with AUTH on a local port: no certificate to make for a test
    allowInsecureAuth: true,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) =>
      auth.username === user && auth.password === pass ? callback(null, { user }) : callback(new Error('Invalid username or password')),
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            from: parsed.from?.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            to: session.envelope.rcptTo.map(({ address }) => address),
            user: session.user,
          })
          callback()
        })
        .catch(callback)
    },
  })
  const { port } = await listen(smtp)
  const list = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify(mails))
  })
  const { port: listPort } = await listen(list)
  return {
    host: '127.0.0.1',
    port,
    user,
    pass,
    mails,
    listUrl: `http://127.0.0.1:${listPort}/`,
    /** The SMTP_* variables that send the site's mail here. */
    env: { SMTP_HOST: '127.0.0.1', SMTP_PASS: pass, SMTP_PORT: String(port), SMTP_SECURE: 'false', SMTP_USER: user },
    stop: async () => {
      await Promise.all([close(smtp), close(list)])
    },
  }
}

/** @typedef {{ listUrl?: string, mails?: Mail[] }} Mailbox the list's address, or the array itself */

/**
 * Waits until a mail to `to` arrives (at most `timeoutMs`), reading the list at `listUrl` or the
 * array `mails`. Returns the newest one; `after` skips the first mails (those that came before).
 * @param {Mailbox & { to: string, after?: number, timeoutMs?: number }} options
 * @returns {Promise<Mail>}
 */
export const waitForMail = async ({ listUrl, mails, to, after = 0, timeoutMs = 15_000 }) => {
  const started = Date.now()
  for (;;) {
    /** @type {Mail[]} */
    const all = mails ?? (await (await fetch(listUrl)).json())
    const found = all.slice(after).filter((mail) => mail.to.includes(to))
    if (found.length) return found[found.length - 1]
    if (Date.now() - started > timeoutMs) throw new Error(`No mail to ${to} within ${timeoutMs / 1000} s (${all.length} received in all).`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * The number of mails received so far (to pass as `after`).
 * @param {Mailbox} mailbox
 */
export const mailCount = async ({ listUrl, mails }) => (mails ?? (await (await fetch(listUrl)).json())).length
