import type { PreviewArgs } from '@difu/programm'
import { previewLifetimeMs, signPreview } from '@difu/programm/site'
import type { Locale } from '../i18n/dictionary'
import { locales, pagePath } from '../i18n/routes'
import { siteUrl } from './siteUrl'

type Doc = { event?: unknown; slug?: unknown }

const slugOf = (doc: Doc): string | undefined => (typeof doc.slug === 'string' && doc.slug ? doc.slug : undefined)

/** The page that shows a document: its own page, or for a session its event's page at the session. */
const pageOf = async ({ collection, doc, req }: PreviewArgs, locale: Locale): Promise<string | undefined> => {
  const slug = slugOf(doc as Doc)
  if (collection === 'speakers') return slug && pagePath(locale, 'speaker', slug)
  if (collection === 'events') return slug && pagePath(locale, 'event', slug)
  const event = (doc as Doc).event
  const id = typeof event === 'object' && event ? (event as { id: number }).id : (event as number | undefined)
  if (!id) return undefined
  const found = await req.payload
    .findByID({ collection: 'events', depth: 0, draft: true, id, req, select: { slug: true } })
    .catch(() => null)
  if (!found?.slug) return undefined
  return `${pagePath(locale, 'event', found.slug)}${slug ? `#${slug}` : ''}`
}

/**
 * The plugin's `preview` option: a link to /preview, signed with Payload's secret and valid for an
 * hour, that switches the editor's browser to draft mode and opens the document's page. A document
 * without a slug yet has no page to preview.
 */
export const previewUrl = async (args: PreviewArgs): Promise<string | null> => {
  const locale = locales.includes(args.locale as Locale) ? (args.locale as Locale) : 'de'
  const path = await pageOf(args, locale)
  if (!path) return null
  const query = signPreview(path, args.req.payload.secret, Date.now() + previewLifetimeMs)
  // absolute, as the admin panel's preview drops other addresses: the site's configured address,
  // else the one the admin panel was opened at
  const origin = process.env.NEXT_PUBLIC_SERVER_URL ? siteUrl() : args.req.origin || siteUrl()
  return `${origin}/preview?${new URLSearchParams(query)}`
}
