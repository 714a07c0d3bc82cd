import type { Endpoint, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { badBodies } from './bodies'
import { type FuzzCase, isWrite, query } from './case'
import { fuzzFields } from './fields'
import { acceptedByDesign, badByType, badIds, badParams } from './values'
import { badWheres } from './wheres'

/** Stored documents the cases point at, by collection: an id, and the other route parameters. */
export type Targets = Record<string, { id?: number | string; params?: Record<string, string> }>

/** Valid documents to create, by collection: a create case changes one field of it. */
export type Bases = Record<string, Record<string, unknown>>

/** Routes that sign in or out: sent anonymously, so the admin's own session stays as it is. */
const authRoutes = /^\/(login|logout|refresh-token|first-register|forgot-password|reset-password|verify)/

const badTexts = ['gibt-es-nicht', '..%2F..%2Fpayload.config.ts', '%E0%A4%A', 'vor%00nach', 'x'.repeat(3000), '%0D%0ALocation:%20evil']

type Route = { collection?: SanitizedCollectionConfig; endpoint: Endpoint; pattern: string }

export const routesOf = (config: SanitizedConfig): Route[] => [
  ...(config.endpoints || []).map((endpoint) => ({ endpoint, pattern: `/api${endpoint.path}` })),
  ...config.collections.flatMap((collection) =>
    (collection.endpoints || []).map((endpoint) => ({
      collection,
      endpoint,
      pattern: `/api/${collection.slug}${endpoint.path === '/' ? '' : endpoint.path}`,
    })),
  ),
]

/** Payload's own routes read the paging, sort and where parameters; the plugin's and the site's endpoints read their own. */
const payloadOwn = /^\/(|:id|count|versions|versions\/:id|:id\/duplicate|access\/:id\?|:key|me|init)$/

const paramsOf = (pattern: string): string[] => [...pattern.matchAll(/:(\w+)\??/g)].map((match) => match[1])

const fill = (pattern: string, values: Record<string, string>): string =>
  pattern.replace(/:(\w+)\??/g, (_, name: string) => values[name] ?? 'x')

/** The cases of one route: bad path parameters, bad query parameters and where-queries, bad bodies. */
const routeCases = ({ collection, endpoint, pattern }: Route, targets: Targets): FuzzCase[] => {
  const method = endpoint.method.toUpperCase() as FuzzCase['method']
  const route = `${method} ${pattern}`
  const target = (collection && targets[collection.slug]) || {}
  const real: Record<string, string> = { id: String(target.id ?? 1), ...target.params }
  const path = fill(pattern, real)
  const signedIn = !authRoutes.test(endpoint.path)
  const base = { method, route, signedIn, writes: isWrite(method) }
  const withBody = (body?: FuzzCase['body']) => (isWrite(method) && method !== 'DELETE' ? (body ?? { contentType: 'application/json', data: '{}' }) : undefined)
  const own = payloadOwn.test(endpoint.path)
  // payload-preferences answers `/:key` before `/:id`: there any text is a key
  const keyFirst = Boolean(collection?.endpoints && collection.endpoints.some((other) => other.method === endpoint.method && other.path === '/:key'))
  const cases: FuzzCase[] = []
  for (const param of paramsOf(pattern)) {
    for (const value of param === 'id' ? badIds : badTexts) {
      const url = fill(pattern, { ...real, [param]: param === 'id' ? encodeURIComponent(value) : value })
      cases.push({ ...base, body: withBody(), name: `${route} with ${param} ${JSON.stringify(value)}`, refuse: !(keyFirst && param === 'id'), url })
    }
  }
  for (const [name, value] of badParams) {
    cases.push({ ...base, body: withBody(), name: `${route} with ${name}=${JSON.stringify(value)}`, refuse: own, url: path + query([[name, value]]) })
  }
  for (const where of collection ? badWheres(collection) : []) {
    cases.push({ ...base, body: withBody(), name: `${route} where ${where.label}`, refuse: own, url: path + query(where.params) })
  }
  if (isWrite(method) && method !== 'DELETE') {
    for (const { body, label, refuse } of badBodies) cases.push({ ...base, body, name: `${route} body ${label}`, refuse, url: path })
  }
  return cases
}

/** A value inside a body: JSON.stringify cannot write every bad value (`1e400` is Infinity), so some are text. */
const jsonBody = (data: Record<string, unknown>): FuzzCase['body'] => ({ contentType: 'application/json', data: JSON.stringify(data) })

/** Each field of each collection, with each bad value of its type: on create (with a valid base) and on update. */
const fieldCases = (collection: SanitizedCollectionConfig, targets: Targets, bases: Bases): FuzzCase[] =>
  fuzzFields(collection.fields).flatMap((field) =>
    (badByType[field.type] ?? []).flatMap((bad) => {
      const value = field.hasMany && !Array.isArray(bad.value) ? [bad.value] : bad.value
      const label = `${collection.slug}.${field.path} = ${bad.label}`
      // Payload's own collections (preferences, locks) set their relationships themselves
      const ownRelation = collection.slug.startsWith('payload-') && ['relationship', 'upload'].includes(field.type)
      const name = `${collection.slug}.${field.path}`
      const taken = acceptedByDesign[name]?.includes(bad.label) ?? false
      const common = { field: name, refuse: bad.refuse && !ownRelation && !field.managed && !taken, signedIn: true, writes: true }
      const cases: FuzzCase[] = []
      const base = bases[collection.slug]
      if (base) {
        const body = jsonBody({ ...base, ...field.wrap(value) })
        cases.push({ ...common, body, method: 'POST', name: `POST /api/${collection.slug} ${label}`, route: `POST /api/${collection.slug}`, url: `/api/${collection.slug}` })
      }
      const id = targets[collection.slug]?.id
      if (id !== undefined) {
        const body = jsonBody(field.wrap(value))
        const route = `PATCH /api/${collection.slug}/:id`
        cases.push({ ...common, body, method: 'PATCH', name: `PATCH /api/${collection.slug}/${id} ${label}`, route, url: `/api/${collection.slug}/${id}` })
      }
      return cases
    }),
  )

export const restCases = (config: SanitizedConfig, targets: Targets, bases: Bases): FuzzCase[] => [
  ...routesOf(config).flatMap((route) => routeCases(route, targets)),
  ...config.collections.flatMap((collection) => fieldCases(collection, targets, bases)),
]
