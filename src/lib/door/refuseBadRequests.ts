import { initI18n } from '@payloadcms/translations'
import { getRequestLanguage, type SanitizedConfig } from 'payload'
import { parseCookies } from 'payload/shared'

import { bodyProblem } from './body'
import { deadEnd } from './deadEnds'
import { graphqlDeadEnd } from './graphqlDeadEnds'
import { idKindOf, isId } from './ids'
import { nulPath } from './nul'
import { queryProblem } from './params'
import { parseQuery } from './queryParams'
import { type Refusal, refusalResponse } from './refusal'
import { findRoute } from './route'

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

/** Payload's texts in the language Payload itself would choose for the request (its cookie, then Accept-Language). */
const textsFor = (config: SanitizedConfig, request: Request) =>
  initI18n({
    config: config.i18n,
    context: 'api',
    language: getRequestLanguage({ config, cookies: parseCookies(request.headers), headers: request.headers }),
  })

/** Payload's own collection routes, whose query parameters Payload reads; plugin and site endpoints read their own. */
const payloadPaths = new Set(['/', '/:id', '/count', '/versions', '/versions/:id', '/:id/duplicate', '/access/:id?', '/:key', '/me', '/init'])

const hasNul = (text: string): boolean => /%00|\u0000/i.test(text)

/** The first reason to refuse the request before Payload reads it; undefined lets it through. */
export const requestProblem = async (config: SanitizedConfig, request: Request): Promise<Refusal | undefined> => {
  const url = new URL(request.url)
  if (hasNul(url.pathname)) return { key: 'nul', parameter: 'path', status: 400, values: { field: url.pathname.replace(/%00/gi, '\\0') } }
  const query = parseQuery(url.searchParams)
  if (!query) return { key: 'badWhere', parameter: 'where', status: 400, values: { parameter: 'where' } }
  const nul = nulPath(query)
  if (nul) return { key: 'nul', parameter: nul, status: 400, values: { field: nul } }
  const override = request.method === 'POST' && /^get$/i.test(request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override') ?? '')
  const method = override ? 'GET' : request.method
  const route = findRoute(config, method, url.pathname)
  const { collection, endpoint, params } = route
  if (collection && params.id !== undefined && !isId(params.id, idKindOf(config, collection))) {
    return { key: 'badId', parameter: 'id', status: 404, values: { collection: collection.slug, id: params.id } }
  }
  // a preference names an admin view (`collection-events`, `nav`): letters, digits, - _ . only
  if (collection?.slug === 'payload-preferences' && params.key !== undefined && !/^[\w.-]{1,200}$/.test(params.key)) {
    return { key: 'notFound', parameter: 'key', status: 404, values: { what: `payload-preferences/${params.key}` } }
  }
  const dead = await deadEnd(config, route)
  if (dead) return dead
  if (override) {
    const text = await request.clone().text()
    const fromBody = parseQuery(new URLSearchParams(text))
    if (!fromBody) return { key: 'badWhere', parameter: 'where', status: 400, values: { parameter: 'where' } }
    Object.assign(query, fromBody)
  } else if (!['GET', 'HEAD', 'OPTIONS'].includes(method) && !endpoint?.custom?.readsOwnBody) {
    const problem = await bodyProblem(request)
    if (problem) return problem
    if (url.pathname === `${config.routes.api}${config.routes.graphQL}`) {
      const verify = graphqlDeadEnd(config, await request.clone().text())
      if (verify) return verify
    }
  }
  if (endpoint && collection && !payloadPaths.has(endpoint.path)) {
    // Payload's job endpoints (run, handle-schedules) read limit and the locales as a list does, and
    // act before they would refuse them; the plugin's own endpoints check their parameters themselves
    return collection.slug === 'payload-jobs' ? queryProblem(config, undefined, query) : undefined
  }
  return queryProblem(config, collection, query, endpoint?.path.startsWith('/versions'))
}

/**
 * Wraps a Next route handler of the API so that bad input is refused at the door, before
 * Payload parses it: a body that is no JSON object or no readable form (400), another content type
 * (415), an id that is not exactly one (404), a query parameter or where-query that does not fit
 * the collection (400), a NUL character anywhere (400). The answer names the parameter or field,
 * in the shape of Payload's errors.
 */
export const refuseBadRequests =
  <Context>(config: Promise<SanitizedConfig> | SanitizedConfig, handler: Handler<Context>): Handler<Context> =>
  async (request, context) => {
    const sanitized = await config
    const problem = await requestProblem(sanitized, request)
    return problem ? refusalResponse(problem, await textsFor(sanitized, request)) : handler(request, context)
  }
