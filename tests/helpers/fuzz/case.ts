/** One generated request. */
export type FuzzCase = {
  /** What is sent, for the failure message. */
  name: string
  /** The route or GraphQL operation it covers (`PATCH /api/events/:id`, `mutation updateEvent`). */
  route: string
  /** The field it covers (`events.start`), if any. */
  field?: string
  method: 'DELETE' | 'GET' | 'PATCH' | 'POST' | 'PUT'
  /** Path and query, percent-encoded. */
  url: string
  body?: { contentType?: string; data: string | Uint8Array }
  /** Signed in as the admin (who may do the most), or anonymous. */
  signedIn: boolean
  /** Input no valid request carries: the answer must be a 4xx. */
  refuse: boolean
  /** A request that may store data when its answer is 2xx. */
  writes: boolean
}

export const isWrite = (method: FuzzCase['method']): boolean => method !== 'GET'

/** Builds a query string; values are percent-encoded, keys keep their brackets readable. */
export const query = (params: [string, string][]): string =>
  params.length ? `?${params.map(([key, value]) => `${encodeURI(key)}=${encodeURIComponent(value)}`).join('&')}` : ''
