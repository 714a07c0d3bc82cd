import { cache } from 'react'

import type { PageKey } from '../collections/Pages/keys'
import type { Locale } from '../i18n/dictionary'
import { mediaFields } from '../lib/media'
import { payloadClient } from './payload'
import { readOptions } from './readOptions'

/** The site page with this key, as the reader may see it (published, or an editor's draft in preview); undefined if none. */
export const loadSitePage = cache(async (locale: Locale, key: PageKey) => {
  const payload = await payloadClient()
  const { options, visible } = await readOptions(locale)
  const { docs } = await payload.find({
    ...options,
    collection: 'pages',
    depth: 1,
    limit: 1,
    populate: { media: mediaFields },
    select: { content: true, key: true, seo: true, title: true, video: true },
    where: { and: [{ key: { equals: key } }, ...visible] },
  })
  return docs[0]
})

export type SitePageDoc = NonNullable<Awaited<ReturnType<typeof loadSitePage>>>
