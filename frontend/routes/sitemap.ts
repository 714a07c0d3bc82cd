import type { MetadataRoute } from 'next'

import { listSitemapEntries, listSitePages } from '../data/sitemap'
import { alternates, type PageKind } from '../i18n/routes'
import { absoluteUrl } from '../lib/siteUrl'

type Entry = MetadataRoute.Sitemap[number]

/** One entry per language version, each naming all versions (hreflang). */
const entries = (kind: PageKind | 'home', slug?: string, lastModified?: string): Entry[] => {
  const paths = alternates(kind, slug)
  const languages = { de: absoluteUrl(paths.de), en: absoluteUrl(paths.en), 'x-default': absoluteUrl(paths.de) }
  return Object.values(paths).map((path) => ({
    alternates: { languages },
    url: absoluteUrl(path),
    ...(lastModified ? { lastModified } : {}),
  }))
}

/** /sitemap.xml: the start pages, every published event, speaker, venue and topic, and the site's pages, in both languages. */
export const siteSitemap = async (): Promise<MetadataRoute.Sitemap> => {
  const [byKind, sitePages] = await Promise.all([listSitemapEntries(), listSitePages()])
  return [
    ...entries('home'),
    ...sitePages.flatMap((page) => entries(page.key, undefined, page.updatedAt)),
    ...entries('contact'),
    ...(Object.entries(byKind) as [PageKind, { slug: string; updatedAt: string }[]][]).flatMap(([kind, docs]) =>
      docs.flatMap((doc) => entries(kind, doc.slug, doc.updatedAt)),
    ),
  ]
}
