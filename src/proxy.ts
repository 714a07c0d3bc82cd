import { type NextRequest, NextResponse } from 'next/server'

/** Payload reads the admin language from this cookie (`${cookiePrefix}-lng`) before Accept-Language. */
const languageCookie = 'payload-lng'
const oneYear = 365 * 24 * 60 * 60

/**
 * The editors work in German, so the admin panel opens in German even when the browser asks for
 * English. Once someone picks English in their account settings, Payload sets the cookie and this
 * leaves it alone.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  // set on the request too, so the very first page is already rendered in German
  request.cookies.set(languageCookie, 'de')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(languageCookie, 'de', { maxAge: oneYear, path: '/', sameSite: 'lax' })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
