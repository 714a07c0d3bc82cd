import { cache } from 'react'

import type { Locale } from '../i18n/dictionary'
import { populated } from '../lib/populated'
import { type ListedEvent, listEventsOf } from './events'
import { asVisitor } from './asVisitor'
import { payloadClient } from './payload'
import { withUntranslated } from './untranslated'

/** One topic by its slug, or undefined. */
export const getTopic = cache(async (locale: Locale, slug: string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    ...asVisitor(locale),
    collection: 'topics',
    depth: 0,
    limit: 1,
    select: { description: true, name: true, slug: true },
    where: { slug: { equals: slug } },
  })
  return docs[0]
})

export type ListedTopic = { id: number; name: string; slug: string }

/** The topics of the given events (each once), by name: what the topic filter offers. */
export const topicsOf = (events: Pick<ListedEvent, 'topics'>[], locale: Locale): ListedTopic[] => {
  const topics = new Map<number, ListedTopic>()
  for (const event of events) {
    for (const value of event.topics ?? []) {
      const topic = populated(value)
      if (topic?.slug) topics.set(topic.id, { id: topic.id, name: topic.name, slug: topic.slug })
    }
  }
  return [...topics.values()].sort((a, b) => a.name.localeCompare(b.name, locale))
}

/** The topics of every published event, read without the rest of the events: the filter's choices. */
const listEventTopics = cache(async (locale: Locale) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    ...asVisitor(locale),
    collection: 'events',
    depth: 1,
    populate: { topics: { name: true, slug: true } },
    select: { topics: true },
    where: { _status: { equals: 'published' } },
  })
  return topicsOf(docs, locale)
})

/**
 * A topic page: the topic (its texts that show the German fallback marked), its events, and every
 * topic for the filter; undefined if there is no such topic.
 */
export const loadTopicPage = cache(async (locale: Locale, slug: string) => {
  const [found, topics] = await Promise.all([getTopic(locale, slug), listEventTopics(locale)])
  if (!found) return undefined
  const [[topic], events] = await Promise.all([
    withUntranslated(asVisitor(locale), 'topics', [found], ['name', 'description']),
    listEventsOf(locale, 'topics', found.id),
  ])
  return { events, topic, topics }
})
