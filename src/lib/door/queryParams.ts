import type { Query } from './params'

/** How deep `a[b][c]…` may nest, as Payload's own query parser (qs, depth 10) reads it. */
export const maxQueryDepth = 11

/**
 * A query string as Payload reads it: `where[or][0][id][equals]=1` becomes nested objects (list
 * indexes as keys). Undefined when a parameter nests deeper than Payload would read it.
 */
export const parseQuery = (search: URLSearchParams): Query | undefined => {
  const query: Query = {}
  for (const [name, value] of search.entries()) {
    const [base, ...parts] = name.split('[')
    const keys = [base, ...parts.map((part) => part.replace(/\]$/, ''))]
    if (keys.length > maxQueryDepth) return undefined
    let node: Record<string, unknown> = query
    keys.forEach((key, index) => {
      const name = key === '' ? String(Object.keys(node).length) : key
      if (index === keys.length - 1) node[name] = value
      else {
        if (!node[name] || typeof node[name] !== 'object') node[name] = {}
        node = node[name] as Record<string, unknown>
      }
    })
  }
  return query
}
