import { type NextRequest, NextResponse } from 'next/server'

import { mapTiles } from './frontend/lib/mapTiles'
import { areaOf, contentSecurityPolicy } from './frontend/security/contentSecurityPolicy'

/** Payload reads the admin language from this cookie (`${cookiePrefix}-lng`) before Accept-Language. */
const languageCookie = 'payload-lng'
const oneYear = 365 * 24 * 60 * 60

const newNonce = (): string => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')

const withPolicy = (headers: Headers, policy: string): Headers => {
  const copy = new Headers(headers)
  copy.set('Content-Security-Policy', policy)
  return copy
}

/**
 * The pages that run scripts pass here: the admin panel, the map and, while draft mode is on, an
 * editor's preview. All are rendered per request anyway. (Every other response gets fixed
 * headers from next.config.ts, frontend/security/staticHeaders.ts, so cached pages pay nothing.)
 * - Their Content-Security-Policy with a new nonce, on the response and on the request: Next reads
 *   the nonce from the request's policy and puts it on its scripts. The map's tile server is
 *   read from `MAP_TILE_URL` now, so changing it needs no rebuild.
 * - The editors work in German, so the admin panel opens in German even when the browser asks
 *   for English. Once someone picks English in their account settings, Payload sets the cookie
 *   and this leaves it alone.
 */
export function proxy(request: NextRequest): NextResponse {
  const area = areaOf(request.nextUrl.pathname)
  const policy = contentSecurityPolicy({ area, dev: process.env.NODE_ENV === 'development', nonce: newNonce(), tileUrl: mapTiles().url })
  const setsLanguage = area === 'admin' && !request.cookies.has(languageCookie)
  // set on the request too, so the very first admin page is already rendered in German
  if (setsLanguage) request.cookies.set(languageCookie, 'de')
  const response = NextResponse.next({ request: { headers: withPolicy(request.headers, policy) } })
  if (setsLanguage) response.cookies.set(languageCookie, 'de', { maxAge: oneYear, path: '/', sameSite: 'lax' })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

// literal, as Next reads it from the source: the complement of `cachedPages` in frontend/security/staticHeaders.ts
export const config = {
  matcher: [
    '/admin/:path*',
    '/karte',
    '/en/map',
    { source: '/((?!api/|_next/).*)', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
  ],
}
