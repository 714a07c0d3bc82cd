import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'path'
import { fileURLToPath } from 'url'

import { staticSecurityHeaders } from './frontend/security/staticHeaders'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // Next's ISR cache, serving cached pages without Next's client runtime and with a one-second
  // public Cache-Control: on disk with revalidations that survive a restart, or in Redis shared by
  // all instances when REDIS_URL is set (README "Production")
  cacheHandler: path.resolve(dirname, 'frontend/cache/cacheHandler.cjs'),
  // Next makes a page's ETag by hashing all of its HTML on every request, even when the page comes
  // from the cache; that costs more server time than a revalidating browser saves (our pages are
  // 5–45 kB, 2–7 kB compressed). `npm run bench`: about a fifth more requests per second without.
  generateEtags: false,
  // lets a second build (e.g. a browser-test server) live beside the usual .next
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // nosniff, referrer policy and frame options everywhere; the policies that depend on the request
  // come from proxy.ts
  headers: async () => staticSecurityHeaders(),
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: {
    root: path.resolve(dirname),
  },
}

const colourSchemeHints = new Set(['Accept-CH', 'Critical-CH', 'Vary'])

/**
 * Payload asks for the browser's colour scheme (a client hint for the admin's dark mode) on every
 * path. With Critical-CH, Chromium then loads a public page twice on a first visit, so the hints
 * are kept to the admin panel.
 */
const colourHintsOnlyInAdmin = (config: NextConfig): NextConfig => ({
  ...config,
  headers: async () =>
    ((await config.headers?.()) ?? []).flatMap((rule) => {
      const hints = rule.headers.filter((header) => colourSchemeHints.has(header.key))
      if (rule.source !== '/:path*' || hints.length === 0) return [rule]
      const others = rule.headers.filter((header) => !colourSchemeHints.has(header.key))
      return [{ ...rule, headers: hints, source: '/admin/:path*' }, ...(others.length ? [{ ...rule, headers: others }] : [])]
    }),
})

export default colourHintsOnlyInAdmin(withPayload(nextConfig, { devBundleServerPackages: false }))
