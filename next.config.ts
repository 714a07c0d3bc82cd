import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'path'
import { fileURLToPath } from 'url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // Next's ISR cache, with revalidations kept on disk so they survive a restart
  cacheHandler: path.resolve(dirname, 'frontend/cache/persistentTagsCacheHandler.cjs'),
  // Next makes a page's ETag by hashing all of its HTML on every request, even when the page comes
  // from the cache; that costs more server time than a revalidating browser saves (our pages are
  // 5–25 kB, 2–7 kB compressed). `npm run bench`: about a fifth more requests per second without.
  generateEtags: false,
  // lets a second build (e.g. a browser-test server) live beside the usual .next
  distDir: process.env.NEXT_DIST_DIR || '.next',
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

export default withPayload(nextConfig, { devBundleServerPackages: false })
