import { listingTitle } from '@difu/programm/site'
import { eventStatuses } from '@difu/programm/site'
import { siteOptions } from '../config/siteOptions'
import type { ListedEvent } from '../data/events'
import type { Locale } from '../i18n/dictionary'
import { pagePath } from '../i18n/routes'
import { formatDateRange } from '../lib/format'
import { optionLabel } from '../lib/labels'
import { langIfUntranslated } from '../data/untranslated'
import { populated } from '../lib/populated'
import { Heading, type Level } from './Heading'
import { Time } from './Time'

type Props = { events: ListedEvent[]; locale: Locale; level: Level }

const EventCard = ({ event, locale, level }: { event: ListedEvent; locale: Locale; level: Level }) => {
  const city = populated(event.venue)?.address?.city
  const lang = (field: string) => langIfUntranslated(event.untranslated, field)
  return (
    <article className="event-card">
      <Heading className="event-card__title" level={level}>
        <a href={pagePath(locale, 'event', event.slug ?? '')} lang={lang('title')}>
          {listingTitle(event, locale, siteOptions)}
        </a>
      </Heading>
      <p className="event-card__meta">
        <Time value={event.start}>{formatDateRange(event.start, event.end, locale)}</Time>
        {city ? <span className="event-card__city">{city}</span> : null}
        {event.status !== 'scheduled' ? (
          <strong className="badge">{optionLabel(eventStatuses, event.status, locale)}</strong>
        ) : null}
      </p>
      {event.summary ? (
        <p className="event-card__summary" lang={lang('summary')}>
          {event.summary}
        </p>
      ) : null}
    </article>
  )
}

/** Events as a list of cards: listing title (with its prefix), date, city, status. */
export const EventList = ({ events, locale, level }: Props) => (
  <ul className="event-list">
    {events.map((event) => (
      <li key={event.id}>
        <EventCard event={event} level={level} locale={locale} />
      </li>
    ))}
  </ul>
)
