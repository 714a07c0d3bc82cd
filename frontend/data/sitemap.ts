import type { CollectionSlug, Where } from 'payload'
import { cache } from 'react'

import { payloadClient } from './payload'

type Entry = { slug: string; updatedAt: string }

const published: Where = { _status: { equals: 'published' } }

const slugs = async (collection: CollectionSlug, where?: Where): Promise<Entry[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    depth: 0,
    draft: false,
    overrideAccess: false,
    pagination: false,
    select: { slug: true, updatedAt: true },
    where,
  })
  return (docs as Partial<Entry>[]).filter((doc): doc is Entry => typeof doc.slug === 'string' && doc.slug !== '')
}

/** The slugs (and last change) of every public event, speaker, venue and topic. */
export const listSitemapEntries = cache(async () => {
  const [events, speakers, venues, topics] = await Promise.all([
    slugs('events', published),
    slugs('speakers'),
    slugs('venues'),
    slugs('topics'),
  ])
  return { event: events, speaker: speakers, topic: topics, venue: venues }
})

/** The published site pages (Impressum, privacy notice, …) and their last change. */
export const listSitePages = cache(async () => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    depth: 0,
    draft: false,
    overrideAccess: false,
    pagination: false,
    select: { key: true, updatedAt: true },
    where: published,
  })
  return docs
})
