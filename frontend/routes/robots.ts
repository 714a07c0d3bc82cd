import type { MetadataRoute } from 'next'

import { absoluteUrl } from '../lib/siteUrl'

/** /robots.txt: everything but the admin panel and the API may be crawled. */
export const siteRobots = (): MetadataRoute.Robots => ({
  rules: { allow: '/', disallow: ['/admin', '/api'], userAgent: '*' },
  sitemap: absoluteUrl('/sitemap.xml'),
})
