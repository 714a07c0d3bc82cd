/**
 * Starts the production server on a freshly seeded database (shared with `npm run bench`), then
 * makes the test accounts over REST as an administrator would: the first account through
 * `POST /api/users/first-register` (it becomes the admin), and an editor created by that admin.
 * The map's tiles come from a local stand-in tile server (scripts/e2e/tileServer.mjs), never from
 * the internet, and its mail goes to a local SMTP server (scripts/e2e/mailServer.mjs) whose mails the
 * tests read at E2E_MAIL_URL. The tests read the addresses and the accounts from E2E_* variables.
 */
import { randomBytes } from 'node:crypto'

import { startMailServer } from '../../../scripts/e2e/mailServer.mjs'
import { freePort, startSeededServer } from '../../../scripts/e2e/server.mjs'
import { startTileServer } from '../../../scripts/e2e/tileServer.mjs'

const post = async (url, body, token) => {
  const response = await fetch(url, {
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    method: 'POST',
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${text.slice(0, 500)}`)
  return JSON.parse(text)
}

export default async function globalSetup() {
  const log = (line) => process.stdout.write(`[e2e] ${line}\n`)
  process.stdout.write('\n')
  const tiles = await startTileServer()
  globalThis.__E2E_TILES__ = tiles
  const mail = await startMailServer()
  globalThis.__E2E_MAIL__ = mail
  // the site's mail goes to the local SMTP server; its links need the site's own address
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const env = { ...mail.env, EMAIL_FROM: 'Programm E2E <programm@e2e.example.org>', MAP_TILE_URL: tiles.urlTemplate, NEXT_PUBLIC_SERVER_URL: baseUrl }
  const server = await startSeededServer({ env, label: 'e2e', log, port })
  globalThis.__E2E_SERVER__ = server
  try {
    const admin = { email: 'admin@e2e.example.org', password: randomBytes(12).toString('hex') }
    const editor = { email: 'editor@e2e.example.org', password: randomBytes(12).toString('hex') }
    const first = await post(`${server.url}/api/users/first-register`, { ...admin, name: 'E2E Admin' })
    if (!first.token) throw new Error(`first-register gave no token: ${JSON.stringify(first).slice(0, 300)}`)
    await post(`${server.url}/api/users`, { ...editor, name: 'E2E Redaktion', role: 'editor' }, first.token)
    Object.assign(process.env, {
      E2E_ADMIN_EMAIL: admin.email,
      E2E_ADMIN_PASSWORD: admin.password,
      E2E_BASE_URL: server.url,
      E2E_DATABASE_URL: server.databaseUrl,
      E2E_EDITOR_EMAIL: editor.email,
      E2E_EDITOR_PASSWORD: editor.password,
      E2E_MAIL_URL: mail.listUrl,
      E2E_TILE_URL: tiles.urlTemplate,
    })
  } catch (error) {
    await server.stop()
    throw new Error(`Could not create the test accounts: ${error.message}`)
  }
}
