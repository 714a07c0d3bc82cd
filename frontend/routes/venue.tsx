import type { Metadata } from 'next'

import { loadVenuePage } from '../data/venue'
import { t, type Locale } from '../i18n/dictionary'
import { alternates } from '../i18n/routes'
import { notFoundMetadata, pageMetadata } from '../lib/metadata'
import { VenueView } from '../views/VenueView'
import { NotFoundAnswer } from './notFound'
import type { SlugProps } from './types'

/** `/orte/[slug]` and `/en/venues/[slug]`. */
export const venuePage = (locale: Locale) =>
  async function VenuePage({ params }: SlugProps) {
    const data = await loadVenuePage(locale, (await params).slug)
    if (!data) return <NotFoundAnswer locale={locale} />
    return <VenueView {...data} locale={locale} now={new Date()} />
  }

export const venueMetadata =
  (locale: Locale) =>
  async ({ params }: SlugProps): Promise<Metadata> => {
    const { slug } = await params
    const venue = (await loadVenuePage(locale, slug))?.venue
    if (!venue) return notFoundMetadata(locale)
    return pageMetadata({
      description: t(locale).venueDescription(venue.name, venue.address.city),
      locale,
      paths: alternates('venue', slug),
      title: venue.name,
    })
  }
