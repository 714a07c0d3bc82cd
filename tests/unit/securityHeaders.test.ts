import { describe, expect, it } from '@jest/globals'
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { NextRequest } from 'next/server'

import { areaOf, contentSecurityPolicy, tileSource, type PolicyOptions } from '../../frontend/security/contentSecurityPolicy'
import { strictTransportSecurity } from '../../frontend/security/https'
import { staticSecurityHeaders } from '../../frontend/security/staticHeaders'
import { proxy } from '../../proxy'

const tileUrl = 'https://tiles.example.org/{z}/{x}/{y}.png'
const options: PolicyOptions = { area: 'page', dev: false, nonce: 'bm9uY2U=', tileUrl }

/** The policy as a map of directive → sources. */
const directives = (policy: string): Record<string, string[]> =>
  Object.fromEntries(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/)
      return [name, sources]
    }),
  )

const policyOf = (pathname: string, extra: Partial<PolicyOptions> = {}) =>
  directives(contentSecurityPolicy({ ...options, area: areaOf(pathname), ...extra }))

describe('areaOf', () => {
  it.each([
    ['/admin', 'admin'],
    ['/admin/collections/events/1', 'admin'],
    ['/api/events', 'data'],
    ['/api/media/file/bild.jpg', 'data'],
    ['/_next/image', 'data'],
    ['/karte', 'map'],
    ['/en/map', 'map'],
    ['/en/map/', 'map'],
    ['/', 'page'],
    ['/veranstaltungen/2-koelner-symposium', 'page'],
    ['/karten', 'page'],
    ['/administration', 'page'],
    ['/apis', 'page'],
  ])('%s is %s', (pathname, area) => {
    expect(areaOf(pathname)).toBe(area)
  })
})

describe('contentSecurityPolicy', () => {
  it('lets only the map page and the admin (its map pick of a venue) load tiles from the tile server', () => {
    expect(policyOf('/karte')['img-src']).toContain('https://tiles.example.org')
    expect(policyOf('/en/map')['img-src']).toContain('https://tiles.example.org')
    expect(policyOf('/admin/collections/venues/1')['img-src']).toContain('https://tiles.example.org')
    for (const pathname of ['/', '/veranstaltungen/x', '/en/events/x', '/gibt-es-nicht']) {
      expect(contentSecurityPolicy({ ...options, area: areaOf(pathname) })).not.toContain('tiles.example.org')
    }
  })

  it('takes the tile server from the tile URL of the request, with its port', () => {
    expect(policyOf('/karte', { tileUrl: 'http://127.0.0.1:4567/{z}/{x}/{y}.png' })['img-src']).toContain('http://127.0.0.1:4567')
  })

  it('runs scripts only with the request nonce, never inline ones without it', () => {
    for (const pathname of ['/', '/karte', '/admin']) {
      const scripts = policyOf(pathname)['script-src']
      expect(scripts).toContain("'nonce-bm9uY2U='")
      expect(scripts).not.toContain("'unsafe-inline'")
      expect(scripts).not.toContain("'unsafe-eval'")
    }
    expect(policyOf('/', { dev: true })['script-src']).toContain("'unsafe-eval'")
    // a cached page, served without scripts
    expect(policyOf('/', { nonce: undefined })['script-src']).toEqual(["'none'"])
  })

  it('keeps inline styles to the admin panel, which needs them', () => {
    expect(policyOf('/admin')['style-src']).toContain("'unsafe-inline'")
    expect(policyOf('/')['style-src']).toEqual(["'self'"])
    expect(policyOf('/karte')['style-src']).toEqual(["'self'"])
  })

  it('lets the admin frame the site (live preview) and nothing else frame anything', () => {
    for (const pathname of ['/', '/karte', '/admin']) {
      const policy = policyOf(pathname)
      expect(policy['frame-ancestors']).toEqual(["'self'"])
      expect(policy['object-src']).toEqual(["'none'"])
      expect(policy['base-uri']).toEqual(["'self'"])
      expect(policy['form-action']).toEqual(["'self'"])
    }
    expect(policyOf('/api/events')).toEqual({
      'base-uri': ["'none'"],
      'default-src': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    })
  })
})

describe('tileSource', () => {
  it.each([
    ['https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://tile.openstreetmap.org'],
    ['https://{s}.tile.example.org/{z}/{x}/{y}{r}.png', 'https://*.tile.example.org'],
    ['http://localhost:8080/tiles/{z}/{x}/{y}.png', 'http://localhost:8080'],
    ['not a url', undefined],
    ['javascript:alert(1)//{z}', undefined],
  ])('%s → %s', (template, source) => {
    expect(tileSource(template)).toBe(source)
  })
})

describe('staticSecurityHeaders, as Next applies them', () => {
  /** The headers next.config.ts adds to a request, matched the way Next matches `source`, `has` and `missing`. */
  const headersFor = (pathname: string, request: { headers?: Record<string, string>; cookies?: Record<string, string> } = {}, serverUrl?: string) => {
    const req = { cookies: request.cookies ?? {}, headers: request.headers ?? {} }
    const found: Record<string, string[]> = {}
    for (const rule of staticSecurityHeaders({ dev: false, serverUrl })) {
      if (!getPathMatch(rule.source)(pathname) || !matchHas(req as never, {}, rule.has, rule.missing)) continue
      for (const { key, value } of rule.headers) found[key] = [...(found[key] ?? []), value]
    }
    return found
  }

  it('sends nosniff, a referrer policy and frame options on every path, once', () => {
    for (const pathname of ['/', '/karte', '/admin', '/api/events', '/_next/static/chunks/a.js', '/gibt-es-nicht']) {
      const headers = headersFor(pathname)
      expect([pathname, headers['X-Content-Type-Options'], headers['Referrer-Policy'], headers['X-Frame-Options']]).toEqual([
        pathname,
        ['nosniff'],
        ['strict-origin-when-cross-origin'],
        ['SAMEORIGIN'],
      ])
    }
  })

  it('gives cached pages a policy without scripts, and leaves the proxy\'s pages and the preview to it', () => {
    for (const pathname of ['/', '/en', '/veranstaltungen/x', '/en/events/x', '/karten', '/administration', '/gibt-es-nicht']) {
      const [policy, ...more] = headersFor(pathname)['Content-Security-Policy'] ?? []
      expect([pathname, directives(policy)['script-src'], more]).toEqual([pathname, ["'none'"], []])
    }
    for (const pathname of ['/admin', '/admin/collections/events/1', '/karte', '/en/map']) {
      expect([pathname, headersFor(pathname)['Content-Security-Policy']]).toEqual([pathname, undefined])
    }
    expect(headersFor('/veranstaltungen/x', { cookies: { __prerender_bypass: 'x' } })['Content-Security-Policy']).toBeUndefined()
  })

  it('gives the API, media files and Next\'s files the data policy', () => {
    for (const pathname of ['/api/events', '/api/media/file/bild.jpg', '/_next/static/chunks/a.js', '/_next/image']) {
      expect([pathname, headersFor(pathname)['Content-Security-Policy']]).toEqual([pathname, [contentSecurityPolicy({ area: 'data' })]])
    }
  })

  it('sends HSTS over HTTPS only: as the reverse proxy says, else as the configured address says', () => {
    const hsts = (...args: Parameters<typeof headersFor>) => headersFor(...args)['Strict-Transport-Security']
    expect(hsts('/', { headers: { 'x-forwarded-proto': 'https' } })).toEqual([strictTransportSecurity])
    expect(hsts('/api/events', { headers: { 'x-forwarded-proto': 'https,http' } })).toEqual([strictTransportSecurity])
    expect(hsts('/admin', {}, 'https://veranstaltungen.difu.de')).toEqual([strictTransportSecurity])
    expect(hsts('/')).toBeUndefined()
    expect(hsts('/', {}, 'http://localhost:3000')).toBeUndefined()
    expect(hsts('/', { headers: { 'x-forwarded-proto': 'http' } }, 'https://veranstaltungen.difu.de')).toBeUndefined()
  })
})

describe('the proxy', () => {
  const answer = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { headers }))
  /** The policy Next reads the nonce from, handed on with the request. */
  const forwardedPolicy = (response: Response) => response.headers.get('x-middleware-request-content-security-policy')

  it('reads the tile server from the environment at request time', () => {
    const before = process.env.MAP_TILE_URL
    try {
      process.env.MAP_TILE_URL = 'http://127.0.0.1:4567/{z}/{x}/{y}.png'
      expect(answer('/karte').headers.get('content-security-policy')).toContain("img-src 'self' data: http://127.0.0.1:4567")
      delete process.env.MAP_TILE_URL
      expect(answer('/karte').headers.get('content-security-policy')).toContain('https://tile.openstreetmap.org')
    } finally {
      if (before === undefined) delete process.env.MAP_TILE_URL
      else process.env.MAP_TILE_URL = before
    }
  })

  it('gives every page a new nonce and hands the same policy on to Next', () => {
    const first = answer('/veranstaltungen/x')
    const second = answer('/veranstaltungen/x')
    const nonce = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
    expect(nonce(first)).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(nonce(first)).not.toBe(nonce(second))
    expect(forwardedPolicy(first)).toBe(first.headers.get('content-security-policy'))
  })

  it('still opens the admin panel in German on a first visit, and keeps a chosen language', () => {
    expect(answer('/admin').headers.get('set-cookie')).toMatch(/^payload-lng=de;/)
    expect(answer('/admin', { cookie: 'payload-lng=en' }).headers.has('set-cookie')).toBe(false)
    expect(answer('/karte').headers.has('set-cookie')).toBe(false)
  })
})
