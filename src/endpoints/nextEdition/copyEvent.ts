import type { PayloadRequest, TypedLocale } from 'payload'

import {
  type EditionTexts,
  nextEventData,
  nextSessionData,
  renumberTexts,
  type SourceEvent,
  type SourceSession,
} from '../../lib/nextEdition/copies'
import { pluginSlug } from '../../lib/pluginSlug'
import type { Id } from '../../types'

/** The copy, and the languages whose description may still name the old edition, for the editor to check. */
export type Copied = { id: Id; review: string[] }

/**
 * Copies the event (its latest version, as editors see it) and all its sessions into drafts of
 * the next edition, with the editor's own access rights. The copy is made in the default locale
 * and Payload carries the other languages over; then each other language's own title and
 * description (never a fallback) are renumbered too.
 */
export const copyEvent = async (req: PayloadRequest, id: Id, days: number): Promise<Copied> => {
  const { payload } = req
  const events = pluginSlug(payload, 'events')
  const sessions = pluginSlug(payload, 'sessions')
  const { localization } = payload.config
  const locale = (localization ? localization.defaultLocale : undefined) as TypedLocale
  const otherLocales = (localization ? localization.localeCodes : []).filter((code) => code !== locale) as TypedLocale[]
  const common = { depth: 0, draft: true, overrideAccess: false, req } as const

  const source = (await payload.findByID({ ...common, collection: events, id, locale })) as unknown as SourceEvent
  const { data, review } = nextEventData(source, days)
  const copy = await payload.duplicate({ ...common, collection: events, data: data as never, id, locale })
  // TypedLocale is `string | null` to a host without generated types; a locale code is never null
  const toReview: string[] = review && locale ? [locale] : []

  for (const other of otherLocales) {
    const own = (await payload.findByID({
      ...common,
      collection: events,
      fallbackLocale: false,
      id,
      locale: other,
      select: { description: true, title: true },
    })) as EditionTexts
    const next = renumberTexts(own, data.edition)
    if (next.review && other) toReview.push(other)
    const changes = {
      ...(next.title !== own.title ? { title: next.title } : {}),
      ...(next.description !== own.description ? { description: next.description } : {}),
    }
    if (Object.keys(changes).length) await payload.update({ ...common, collection: events, data: changes as never, id: copy.id, locale: other })
  }

  const { docs } = await payload.find({
    ...common,
    collection: sessions,
    locale,
    pagination: false,
    sort: 'start',
    where: { event: { equals: id } },
  })
  for (const session of docs) {
    const sessionData = nextSessionData(session as unknown as SourceSession, copy.id, days)
    await payload.duplicate({ ...common, collection: sessions, data: sessionData as never, id: session.id, locale })
  }
  return { id: copy.id, review: toReview }
}
