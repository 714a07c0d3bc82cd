import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { createUsers, password, type TestUsers, type UploadFile } from './fixtures'
import { startPayload, type TestContext } from './payload'

/** A parsed JSON answer; its shape is whatever Payload sends, so tests read it loosely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

export type ApiResponse = { body: Json; status: number }

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

type RequestOptions = {
  /** Sent as JSON, or as multipart form data together with `file` (Payload's `_payload` field). */
  body?: Record<string, unknown>
  file?: UploadFile
  token?: string
  /** The admin language asked for with Accept-Language, e.g. 'en'. */
  language?: string
}

export type Api = {
  request: (method: Method, path: string, options?: RequestOptions) => Promise<ApiResponse>
  get: (path: string, token?: string) => Promise<ApiResponse>
  post: (path: string, body: Record<string, unknown>, token?: string) => Promise<ApiResponse>
  patch: (path: string, body: Record<string, unknown>, token?: string) => Promise<ApiResponse>
  delete: (path: string, token?: string) => Promise<ApiResponse>
  graphql: (query: string, token?: string, variables?: Record<string, unknown>) => Promise<ApiResponse>
  /** Signs in over REST and returns the token for `Authorization: JWT <token>`. */
  login: (email: string, secret?: string) => Promise<string>
}

const origin = 'http://localhost:3000'

const requestBody = ({ body, file }: RequestOptions): { body?: BodyInit; headers: Record<string, string> } => {
  if (file) {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
    if (body) form.append('_payload', JSON.stringify(body))
    return { body: form, headers: {} }
  }
  if (body) return { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }
  return { headers: {} }
}

const parse = async (response: Response): Promise<ApiResponse> => {
  const text = await response.text()
  let body: Json = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // not JSON: keep the text so a failing assertion shows it
  }
  return { body, status: response.status }
}

/**
 * Calls the site's REST and GraphQL route handlers (`/api/[...slug]`, `/api/graphql`) directly,
 * as Next.js would, without a running server.
 */
export const restApi = (config: SanitizedConfig): Api => {
  const handlers = {
    DELETE: REST_DELETE(config),
    GET: REST_GET(config),
    PATCH: REST_PATCH(config),
    POST: REST_POST(config),
  }
  const graphqlHandler = GRAPHQL_POST(config)

  const request: Api['request'] = async (method, path, options = {}) => {
    const url = new URL(path, origin)
    if (!url.pathname.startsWith('/api/')) throw new Error(`Not an API path: ${path}`)
    const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean).map(decodeURIComponent)
    const { body, headers } = requestBody(options)
    if (options.token) headers.Authorization = `JWT ${options.token}`
    if (options.language) headers['Accept-Language'] = options.language
    const response = await handlers[method](new Request(url, { body, headers, method }), {
      params: Promise.resolve({ slug }),
    })
    return parse(response)
  }

  const api: Api = {
    request,
    get: (path, token) => request('GET', path, { token }),
    post: (path, body, token) => request('POST', path, { body, token }),
    patch: (path, body, token) => request('PATCH', path, { body, token }),
    delete: (path, token) => request('DELETE', path, { token }),
    graphql: async (query, token, variables) => {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' }
      if (token) headers.Authorization = `JWT ${token}`
      const response = await graphqlHandler(
        new Request(`${origin}/api/graphql`, { body: JSON.stringify({ query, variables }), headers, method: 'POST' }),
      )
      return parse(response)
    },
    login: async (email, secret = password) => {
      const { body, status } = await api.post('/api/users/login', { email, password: secret })
      if (status !== 200 || !body?.token)
        throw new Error(`Login of ${email} failed (${status}): ${JSON.stringify(body)}`)
      return body.token as string
    },
  }
  return api
}

export type Role = 'admin' | 'anonymous' | 'editor'

export const roles: Role[] = ['anonymous', 'editor', 'admin']

/** A token for each role; none for the anonymous visitor. */
export type Tokens = Record<Role, string | undefined>

export type ApiContext = TestContext & { api: Api; tokens: Tokens; users: TestUsers }

/** Boots Payload on a fresh database with an admin and an editor, both signed in over REST. */
export const startApi = async (): Promise<ApiContext> => {
  const ctx = await startPayload()
  const users = await createUsers(ctx.payload)
  const api = restApi(ctx.config)
  const tokens: Tokens = {
    admin: await api.login(users.admin.email),
    anonymous: undefined,
    editor: await api.login(users.editor.email),
  }
  return { ...ctx, api, tokens, users }
}

/** Who reads drafts: editors and admins; visitors see published documents only. */
export const seesDrafts: Record<Role, boolean> = { admin: true, anonymous: false, editor: true }
