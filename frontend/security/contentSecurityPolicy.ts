/**
 * The Content-Security-Policy of each kind of response. Pages that run scripts (the admin panel,
 * the map, an editor's preview) get a nonce policy built per request by the proxy
 * (proxy.ts), so the nonce is new every time and the map's tile server is read from the
 * environment without a rebuild. Cached pages, which are served without scripts, and data get a
 * fixed policy from next.config.ts (./staticHeaders.ts), so the proxy costs them nothing.
 */

/** What a path answers with: the admin panel, a public page, the map page, or data (API, media, Next's internals). */
export type Area = 'admin' | 'page' | 'map' | 'data'

export const mapPaths = ['/karte', '/en/map']

export const areaOf = (pathname: string): Area => {
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin'
  if (pathname.startsWith('/api/') || pathname === '/api' || pathname.startsWith('/_next/')) return 'data'
  return mapPaths.includes(pathname.replace(/\/+$/, '')) ? 'map' : 'page'
}

/**
 * The CSP source of a tile URL template such as `https://{s}.tile.example.org/{z}/{x}/{y}.png`:
 * its scheme and host, a subdomain placeholder becoming a wildcard. Undefined for a template that
 * is no URL, so a typo never widens the policy.
 */
export const tileSource = (template: string): string | undefined => {
  try {
    const url = new URL(template.replace(/\{s\}/g, 'subdomain').replace(/\{[a-z]+\}/g, '0'))
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
    const host = url.host.replace(/^subdomain\./, '*.')
    return `${url.protocol}//${host}`
  } catch {
    return undefined
  }
}

export type PolicyOptions = {
  area: Area
  /**
   * Base64, new for every request; Next reads it from the request's policy and puts it on its
   * scripts. Without one (a cached page) no script runs at all.
   */
  nonce?: string
  /** Where the map's tiles come from (`MAP_TILE_URL`); only the map page and the admin may load them. */
  tileUrl?: string
  /** `next dev`: React's debugging needs eval, the error overlay inline styles. */
  dev?: boolean
}

type Directives = Record<string, string[]>

const serialize = (directives: Directives): string =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')

/** JSON, files and Next's internals are never documents that run or embed anything. */
const dataPolicy: Directives = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
}

const scriptSources = (nonce: string | undefined, dev: boolean): string[] =>
  // Next puts the nonce on its own scripts, which load the page's chunks ('strict-dynamic')
  nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])] : ["'none'"]

export const contentSecurityPolicy = ({ area, nonce, tileUrl, dev = false }: PolicyOptions): string => {
  if (area === 'data') return serialize(dataPolicy)
  // the map page's tiles, and the admin's, where editors pick a venue's coordinates on the same map
  const tiles = (area === 'map' || area === 'admin') && tileUrl ? tileSource(tileUrl) : undefined
  return serialize({
    'default-src': ["'self'"],
    'script-src': scriptSources(nonce, dev),
    // Payload's admin needs inline styles: its RootLayout writes `<style>@layer payload-default,
    // payload;</style>` without a nonce, and its components (and ours in src/components) render
    // `style` attributes into the server's HTML, which no nonce or hash can allow. A nonce in
    // style-src would switch 'unsafe-inline' off, so there is none. The public pages use
    // stylesheets only (Leaflet sets its styles from script, which CSP does not restrict).
    'style-src': ["'self'", ...(area === 'admin' || dev ? ["'unsafe-inline'"] : [])],
    // data: for small images inlined by CSS; blob: for the admin's preview of a file being uploaded
    'img-src': ["'self'", 'data:', ...(area === 'admin' ? ['blob:'] : []), ...(tiles ? [tiles] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    // the admin's live preview shows the site in a frame of the admin: same origin only
    'frame-ancestors': ["'self'"],
  })
}
