import type { PayloadRequest } from 'payload'

import { nextEventData, nextSessionData, type SourceEvent, type SourceSession } from '../../lib/nextEdition/copies'
import { retitle } from '../../lib/nextEdition/edition'
import { pluginSlug } from '../../lib/pluginSlug'

type Id = number | string

/**
 * Copies the event (its latest version, as editors see it) and all its sessions into drafts of
 * the next edition, with the editor's own access rights. German is the default locale: the copy
 * is made in German and Payload carries the English values over.
 */
export const copyEvent = async (req: PayloadRequest, id: Id, days: number): Promise<Id> => {
  const { payload } = req
  const events = pluginSlug(payload, 'events')
  const sessions = pluginSlug(payload, 'sessions')
  const common = { depth: 0, draft: true, overrideAccess: false, req } as const

  const source = (await payload.findByID({ ...common, collection: events, id, locale: 'de' })) as unknown as SourceEvent
  const data = nextEventData(source, days)
  const copy = await payload.duplicate({ ...common, collection: events, data: data as never, id, locale: 'de' })

  const english = (await payload.findByID({ ...common, collection: events, id, locale: 'en', select: { title: true } })) as {
    title?: string | null
  }
  const englishTitle = english.title && retitle(english.title, data.edition)
  if (englishTitle && englishTitle !== english.title) {
    await payload.update({ ...common, collection: events, data: { title: englishTitle } as never, id: copy.id, locale: 'en' })
  }

  const { docs } = await payload.find({
    ...common,
    collection: sessions,
    locale: 'de',
    pagination: false,
    sort: 'start',
    where: { event: { equals: id } },
  })
  for (const session of docs) {
    const sessionData = nextSessionData(session as unknown as SourceSession, copy.id, days)
    await payload.duplicate({ ...common, collection: sessions, data: sessionData as never, id: session.id, locale: 'de' })
  }
  return copy.id
}
