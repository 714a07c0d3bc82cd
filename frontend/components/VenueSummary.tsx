import type { EventDoc } from '../data/event'
import { t, type Locale } from '../i18n/dictionary'
import { pagePath } from '../i18n/routes'
import { mapLink } from '../lib/mapLink'
import { populated } from '../lib/populated'
import { Address } from './Address'

/** `lang`: the venue name's language, when it is the German fallback. */
type Props = { venue: EventDoc['venue']; locale: Locale; lang?: string }

/** The event's venue: name, address, a link to the map and to the venue page. */
export const VenueSummary = ({ venue: value, locale, lang }: Props) => {
  const venue = populated(value)
  if (!venue) return null
  const text = t(locale)
  const venuePage = pagePath(locale, 'venue', venue.slug ?? '')
  return (
    <section aria-labelledby="venue" className="venue-summary">
      <h2 id="venue">{text.venueHeading}</h2>
      <p className="venue-summary__name">
        <a href={venuePage} lang={lang}>
          {venue.name}
        </a>
      </p>
      <Address address={venue.address} locale={locale} />
      <ul className="plain-list">
        <li>
          <a href={mapLink(venue.latitude, venue.longitude)}>{text.mapLink}</a>
        </li>
        <li>
          <a href={venuePage}>{text.venueDetails}</a>
        </li>
      </ul>
    </section>
  )
}
