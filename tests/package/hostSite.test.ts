/**
 * Issue 13: another Payload site can use the plugin. The plugin is packed as it would be published,
 * a fresh minimal Payload + Next site is written into a temporary folder (tests/package/hostApp.ts),
 * installs the tarball, generates its import map and types, passes `tsc`, and runs on SQLite: its
 * REST API lists events, and its admin shows the plugin's own components on the event edit view.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Browser } from 'playwright-core'

import { freePort } from '../../scripts/e2e/server.mjs'
import { launchBrowser } from '../e2e/helpers/browser'
import { writeHostApp } from './hostApp'

const repo = process.cwd()
const host = fs.mkdtempSync(path.join(os.tmpdir(), 'programm-host-'))
const nodeOptions = '--no-deprecation --conditions=production'
let server: ChildProcess | undefined
let browser: Browser | undefined
let origin = ''
let token = ''

/** Runs a command to its end; a failure shows what it printed. */
const run = (cwd: string, command: string, args: string[]): string => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: nodeOptions } })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

const api = async (method: string, route: string, body?: unknown) => {
  const response = await fetch(`${origin}${route}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    method,
  })
  return { body: await response.json(), status: response.status }
}

/** Waits, a bounded number of times, until the host's API answers. */
const untilServing = async (): Promise<void> => {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server?.exitCode !== null) throw new Error('The host site stopped while starting.')
    const status = await fetch(`${origin}/api/users/me`).then((response) => response.status, () => 0)
    if (status === 200) return
    await sleep(1_000)
  }
  throw new Error('The host site did not answer within 240 tries.')
}

beforeAll(async () => {
  run(repo, 'npm', ['run', 'build:plugin'])
  const [{ filename }] = JSON.parse(run(repo, 'npm', ['pack', '--json', '--pack-destination', host])) as { filename: string }[]
  const ours = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'))
  writeHostApp(host, path.join(host, filename), ours)
  run(host, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'])
  run(host, 'npx', ['payload', 'generate:importmap'])
  run(host, 'npx', ['payload', 'generate:types'])
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  server = spawn('npx', ['next', 'dev', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: host,
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' },
    stdio: 'ignore',
  })
  await untilServing()
  // the dev server compiles the admin on its first request: done here, so the browser meets a ready admin
  expect((await fetch(`${origin}/admin/login`)).status).toBe(200)
}, 900_000)

/** Whether any process of the group is still running. */
const running = (group: number): boolean => {
  try {
    process.kill(-group, 0)
    return true
  } catch {
    return false
  }
}

/** Stops the site with all the processes Next started, so none still writes into the folder. */
const stopServer = async (): Promise<void> => {
  const group = server?.pid
  if (!group || !running(group)) return
  process.kill(-group, 'SIGTERM')
  for (let attempt = 0; attempt < 50 && running(group); attempt += 1) await sleep(200)
  if (running(group)) process.kill(-group, 'SIGKILL')
  for (let attempt = 0; attempt < 50 && running(group); attempt += 1) await sleep(200)
}

afterAll(async () => {
  await browser?.close()
  await stopServer()
  if (!process.env.KEEP_HOST_SITE) fs.rmSync(host, { force: true, recursive: true })
})

describe('a fresh Payload site with the packed plugin', () => {
  test('installs only the built package, whose public entries are all there', () => {
    const installed = path.join(host, 'node_modules/@difu/programm')
    expect(fs.existsSync(path.join(installed, 'src'))).toBe(false)
    for (const entry of ['index.js', 'client.js', 'site.js']) expect(fs.existsSync(path.join(installed, 'dist', entry))).toBe(true)
  })

  test('generates an import map that names the plugin’s admin components by package path', () => {
    const importMap = fs.readFileSync(path.join(host, 'app/(payload)/admin/importMap.js'), 'utf8')
    expect(importMap).toContain("from '@difu/programm/client'")
    expect(importMap).toContain('"@difu/programm/client#NextEditionButton"')
  })

  test('type-checks with tsc, the generated types included', () => {
    expect(fs.readFileSync(path.join(host, 'payload-types.ts'), 'utf8')).toContain('events: Event')
    expect(() => run(host, 'npx', ['tsc', '--noEmit'])).not.toThrow()
  })

  test('lists an event created through its REST API', async () => {
    const registered = await api('POST', '/api/users/first-register', { email: 'admin@host.example', password: 'host-site-password' })
    expect(registered.status).toBe(200)
    token = registered.body.token
    const created = await api('POST', '/api/events?locale=de', {
      _status: 'published',
      end: '2027-06-10T15:00:00.000Z',
      start: '2027-06-10T07:00:00.000Z',
      title: 'Gastgebertagung',
    })
    expect(created.status).toBe(201)
    const listed = await api('GET', '/api/events?locale=de&depth=0')
    expect(listed.body.docs.map((event: { title: string }) => event.title)).toEqual(['Gastgebertagung'])
  })

  test('shows the plugin’s components on the event edit view in its admin', async () => {
    const { body } = await api('GET', '/api/events?depth=0')
    browser = await launchBrowser()
    const context = await browser.newContext({ locale: 'de-DE' })
    await context.addCookies([{ name: 'payload-token', url: origin, value: token }])
    const page = await context.newPage()
    await page.goto(`${origin}/admin/collections/events/${body.docs[0].id}`)
    await page.getByRole('button', { name: 'Nächste Ausgabe anlegen' }).waitFor({ timeout: 180_000 })
    await page.locator('.tabs-field__tab-button', { hasText: 'Programm' }).click()
    await page.getByText('Programmpunkte').first().waitFor()
    await context.close()
  })
})
