import type { Endpoint, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

/** The collection route a REST request reaches, found as Payload's `handleEndpoints` finds it. */
export type Route = {
  collection?: SanitizedCollectionConfig
  endpoint?: Endpoint
  params: Record<string, string>
}

/** `/versions/:id`, `/access/:id?` → a pattern with named groups. */
const patternOf = (path: string): RegExp =>
  new RegExp(
    `^${path
      .replace(/\/$/, '')
      .split('/')
      .filter(Boolean)
      .map((part) => {
        const param = /^:(\w+)(\?)?$/.exec(part)
        if (!param) return `/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`
        return param[2] ? `(?:/(?<${param[1]}>[^/]+))?` : `/(?<${param[1]}>[^/]+)`
      })
      .join('')}/?$`,
  )

/** Route parameters arrive percent-encoded; a broken escape is kept as sent (and refused as no id). */
const decode = (value: string): string => {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

export const findRoute = (config: SanitizedConfig, method: string, pathname: string): Route => {
  const api = config.routes.api.replace(/\/$/, '')
  const rest = pathname.startsWith(`${api}/`) ? pathname.slice(api.length) : pathname
  const [, slug] = rest.split('/')
  const collection = config.collections.find((each) => each.slug === decode(slug ?? ''))
  const within = collection ? rest.slice(slug.length + 1) || '/' : rest
  const endpoints = (collection ? collection.endpoints : config.endpoints) || []
  for (const endpoint of endpoints) {
    if (endpoint.method !== method.toLowerCase()) continue
    const found = patternOf(endpoint.path).exec(within)
    if (!found) continue
    const params = Object.fromEntries(Object.entries(found.groups ?? {}).flatMap(([name, value]) => (value === undefined ? [] : [[name, decode(value)]])))
    return { collection, endpoint, params }
  }
  return { collection, params: {} }
}
