import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** What `npm run cluster:up` recorded (scripts/cluster/up.mjs). */
export type ClusterState = {
  url: string
  databaseUrl: string
  instances: { name: string; url: string; pidFile: string; port: number }[]
  worker: { pidFile: string }
}

export const cluster = (): ClusterState => {
  const file = path.resolve('tmp/cluster/cluster.json')
  if (!fs.existsSync(file)) throw new Error('No local cluster is running: `npm run test:cluster` starts one (or `npm run cluster:up`).')
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ClusterState
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const unique = (label: string) => `${label} ${randomBytes(4).toString('hex')}`

export type Answer = { status: number; headers: Headers; text: string }

export const get = async (url: string, headers: Record<string, string> = {}): Promise<Answer> => {
  const response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(20_000) })
  return { headers: response.headers, status: response.status, text: await response.text() }
}

export const send = async (method: string, url: string, body: unknown, token?: string): Promise<Record<string, unknown>> => {
  const response = await fetch(url, {
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    method,
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 400)}`)
  return JSON.parse(text) as Record<string, unknown>
}

export type Account = { email: string; password: string; token: string; id: number | string }

/**
 * The cluster's admin (the first account, as a new site makes it) and an editor, made once per
 * cluster; their passwords are kept beside the cluster's record so a second run can sign in.
 */
export const accounts = async (site: string): Promise<{ admin: Account; editor: Account }> => {
  const file = path.resolve('tmp/cluster/accounts.json')
  const login = async (email: string, password: string): Promise<Account> => {
    const answer = await send('POST', `${site}/api/users/login`, { email, password })
    return { email, id: (answer.user as { id: number }).id, password, token: answer.token as string }
  }
  // `cluster:up` removes the file when it makes the cluster's fresh database
  if (fs.existsSync(file)) {
    const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<'admin' | 'editor', { email: string; password: string }>
    return { admin: await login(kept.admin.email, kept.admin.password), editor: await login(kept.editor.email, kept.editor.password) }
  }
  const admin = { email: 'admin@cluster.example.org', password: randomBytes(12).toString('hex') }
  const editor = { email: 'editor@cluster.example.org', password: randomBytes(12).toString('hex') }
  const first = await send('POST', `${site}/api/users/first-register`, { ...admin, name: 'Cluster Admin' })
  await send('POST', `${site}/api/users`, { ...editor, name: 'Cluster Redaktion', role: 'editor' }, first.token as string)
  fs.writeFileSync(file, JSON.stringify({ admin, editor }))
  return { admin: await login(admin.email, admin.password), editor: await login(editor.email, editor.password) }
}

/** Asks `probe` every 100 ms until it returns true, at most `limitMs`; the time it took, or undefined. */
export const within = async (limitMs: number, probe: () => Promise<boolean>): Promise<number | undefined> => {
  const started = Date.now()
  while (Date.now() - started <= limitMs) {
    if (await probe()) return Date.now() - started
    await sleep(100)
  }
  return undefined
}
