import type { OrganizationLeaf, PersonLeaf } from 'schema-dts'

import type { Locale } from '../../i18n/dictionary'
import { pagePath } from '../../i18n/routes'
import { populated } from '../populated'
import { absoluteUrl } from '../siteUrl'

/** The shapes the builders read: what the data loaders return, narrowed to the fields used here. */
export type MediaInput = { url?: string | null }
export type OrganisationInput = { name: string; url?: string | null }
export type PersonInput = {
  id: number
  name?: string | null
  slug?: string | null
  position?: string | null
  organisation?: number | OrganisationInput | null
  photo?: number | MediaInput | null
}

/** An instant as ISO 8601 with the Berlin offset (the plugin's one helper for it). */
export { isoInZone as isoInBerlin } from '@difu/programm/site'

/** Search engines need absolute addresses; uploads are stored with site-relative ones. */
export const absolute = (url: string | null | undefined): string | undefined => {
  const value = url?.trim()
  if (!value) return undefined
  if (/^https?:\/\//i.test(value)) return value
  return value.startsWith('/') && !value.startsWith('//') ? absoluteUrl(value) : undefined
}

/** A web address given by an editor, only when it is one (no mailto:, no javascript:). */
export const webUrl = (url: string | null | undefined): string | undefined => {
  const value = url?.trim()
  return value && /^https?:\/\//i.test(value) ? value : undefined
}

export const mediaUrl = (media: number | MediaInput | null | undefined): string | undefined =>
  absolute(populated(media)?.url)

export const pageUrlOf = (locale: Locale, kind: 'event' | 'speaker' | 'venue', slug: string | null | undefined) =>
  slug ? absoluteUrl(pagePath(locale, kind, slug)) : undefined

export const organisation = (value: OrganisationInput): OrganizationLeaf => {
  const url = webUrl(value.url)
  return { '@type': 'Organization', name: value.name, ...(url ? { url } : {}) }
}

/**
 * A person as it appears in an event (as performer) and on their own page: the same @id in both,
 * so a crawler joins the two descriptions into one person.
 */
export const personStub = (person: PersonInput, locale: Locale): PersonLeaf => {
  const url = pageUrlOf(locale, 'speaker', person.slug)
  const works = populated(person.organisation)
  return {
    '@type': 'Person',
    ...(url ? { '@id': `${url}#person`, url } : {}),
    name: person.name ?? '',
    ...(person.position ? { jobTitle: person.position } : {}),
    ...(works ? { worksFor: organisation(works) } : {}),
  }
}

/** Leaves out empty values, so the JSON-LD carries no `"x": undefined` or empty lists. */
export const compact = <T extends object>(value: T): T =>
  Object.fromEntries(
    Object.entries(value).filter(([, item]) => item !== undefined && item !== null && item !== '' && !(Array.isArray(item) && item.length === 0)),
  ) as T
