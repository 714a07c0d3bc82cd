import { contentSecurityPolicy, mapPaths } from './contentSecurityPolicy'
import { strictTransportSecurity } from './https'

type Header = { key: string; value: string }
type Condition = { type: 'header' | 'cookie'; key: string; value?: string }
type HeaderRule = { source: string; headers: Header[]; has?: Condition[]; missing?: Condition[] }

/** Next's draft-mode cookie: an editor's preview, rendered per request, gets its policy from the proxy. */
export const draftModeCookie = '__prerender_bypass'

/** Public pages that the proxy (proxy.ts) leaves alone: all but the admin, the map, the API and Next's files. */
export const cachedPages = `/:path((?!admin$|admin/|api/|_next/|${mapPaths.map((path) => `${path.slice(1)}$`).join('|')}).*)`

/**
 * The security headers that need no request to be built, for next.config.ts `headers()`:
 * - nosniff, the referrer policy and frame options on every response;
 * - the data policy on the API, media files and Next's internals;
 * - a policy without any script on the public pages served from the cache (their first render
 *   after a start or a change still carries Next's runtime, which it then blocks: the page is
 *   server-rendered HTML without client components, so nothing a visitor sees changes);
 * - HSTS over HTTPS, as servedOverHttps decides it: the reverse proxy's word first, else the
 *   configured address.
 * In `next dev` every page is rendered per request with scripts, so the public pages get no policy there.
 */
export const staticSecurityHeaders = ({ serverUrl = process.env.NEXT_PUBLIC_SERVER_URL, dev = process.env.NODE_ENV === 'development' } = {}): HeaderRule[] => {
  const hsts = [{ key: 'Strict-Transport-Security', value: strictTransportSecurity }]
  const dataPolicy = [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ area: 'data' }) }]
  return [
    {
      source: '/:path*',
      headers: [
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        // for browsers without CSP's frame-ancestors
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
    },
    { source: '/api/:path*', headers: dataPolicy },
    { source: '/_next/:path*', headers: dataPolicy },
    ...(dev
      ? []
      : [
          {
            source: cachedPages,
            missing: [{ type: 'cookie' as const, key: draftModeCookie }],
            headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ area: 'page' }) }],
          },
        ]),
    { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https(,.*)?' }], headers: hsts },
    ...(/^https:\/\//i.test(serverUrl ?? '')
      ? [{ source: '/:path*', missing: [{ type: 'header' as const, key: 'x-forwarded-proto' }], headers: hsts }]
      : []),
  ]
}
