import type { SiteOptions } from '../types'
import { textIn } from './siteTexts'

type Organiser = { shortName?: string | null } | number | string | null | undefined

type Listed = { organisers?: Organiser[] | null; title: string }

/**
 * An event's title where events are listed, as partner sites list them: after its lead
 * organiser's short name ("Stadt Köln: …"), else after the site's own `listingPrefix` ("Difu: …"),
 * so that every listed title has one. A site without `listingPrefix` lists plain titles, all alike.
 */
export const listingTitle = ({ organisers, title }: Listed, locale: string, site: SiteOptions = {}): string => {
  const own = textIn(site.listingPrefix, locale)
  if (!own) return title
  const lead = organisers?.[0]
  const prefix = (lead && typeof lead === 'object' ? lead.shortName : undefined) || own
  return `${prefix}: ${title}`
}
