/** The public origin of the site, for canonical links and the sitemap. */
export const siteUrl = (): string => (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')

/** An absolute URL for a path of the site. */
export const absoluteUrl = (path: string): string => `${siteUrl()}${path}`
