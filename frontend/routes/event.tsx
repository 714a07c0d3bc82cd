import type { Metadata } from 'next'

import { loadEventPage } from '../data/event'
import type { Locale } from '../i18n/dictionary'
import { alternates } from '../i18n/routes'
import { populated } from '../lib/populated'
import { notFoundMetadata, pageMetadata } from '../lib/metadata'
import { EventView } from '../views/EventView'
import { NotFoundAnswer } from './notFound'
import type { SlugProps } from './types'

/** `/veranstaltungen/[slug]` and `/en/events/[slug]`. */
export const eventPage = (locale: Locale) =>
  async function EventPage({ params }: SlugProps) {
    const data = await loadEventPage(locale, (await params).slug)
    if (!data) return <NotFoundAnswer locale={locale} />
    return <EventView {...data} locale={locale} />
  }

export const eventMetadata =
  (locale: Locale) =>
  async ({ params }: SlugProps): Promise<Metadata> => {
    const { slug } = await params
    const event = (await loadEventPage(locale, slug))?.event
    if (!event) return notFoundMetadata(locale)
    return pageMetadata({
      description: event.seo?.description || event.summary,
      image: (populated(event.seo?.image) ?? populated(event.heroImage))?.url,
      locale,
      paths: alternates('event', slug),
      title: event.seo?.title || event.title,
    })
  }
