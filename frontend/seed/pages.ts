import type { Payload } from 'payload'

import { pages, type PageSeed } from './data/pages'

/** Seeding must not trigger the site's page revalidation. */
const context = { disableRevalidate: true }

const dataIn = (page: PageSeed, locale: 'de' | 'en') => ({
  _status: 'published' as const,
  content: page.content[locale],
  key: page.key,
  seo: { description: page.description[locale] },
  title: page.title[locale],
})

/** Writes the site's pages (Impressum, privacy notice, …), published in German and English; updates them when run again. */
export const seedPages = async (payload: Payload): Promise<void> => {
  for (const page of pages) {
    const { docs } = await payload.find({
      collection: 'pages',
      depth: 0,
      draft: true,
      limit: 1,
      overrideAccess: true,
      where: { key: { equals: page.key } },
    })
    const id =
      docs[0]?.id ??
      (await payload.create({ collection: 'pages', context, data: dataIn(page, 'de'), locale: 'de', overrideAccess: true })).id
    for (const locale of ['de', 'en'] as const) {
      await payload.update({ collection: 'pages', context, data: dataIn(page, locale), id, locale, overrideAccess: true })
    }
  }
  payload.logger.info(`seed: ${pages.length} pages`)
}
