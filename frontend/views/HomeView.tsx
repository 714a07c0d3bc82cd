import { listingTitle } from '../../src/lib/listingTitle'
import type { listEvents } from '../data/events'
import { t, type Locale } from '../i18n/dictionary'

type Props = { events: Awaited<ReturnType<typeof listEvents>>; locale: Locale; now: Date }

const EventList = ({ events, locale }: Pick<Props, 'events' | 'locale'>) => (
  <ul className="event-list">
    {events.map((event) => (
      <li key={event.id}>
        <h3>{listingTitle(event)}</h3>
        <p>
          <time dateTime={event.start}>
            {new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'Europe/Berlin' }).format(new Date(event.start))}
          </time>
        </p>
        {event.summary ? <p>{event.summary}</p> : null}
      </li>
    ))}
  </ul>
)

export const HomeView = ({ events, locale, now }: Props) => {
  const text = t(locale)
  const upcoming = events.filter((event) => new Date(event.end) >= now).reverse()
  const past = events.filter((event) => new Date(event.end) < now)
  return (
    <main id="content">
      <h1>{text.siteName}</h1>
      <p>{text.siteDescription}</p>
      {events.length === 0 ? <p>{text.noEvents}</p> : null}
      {upcoming.length > 0 ? (
        <section aria-labelledby="upcoming">
          <h2 id="upcoming">{text.upcoming}</h2>
          <EventList events={upcoming} locale={locale} />
        </section>
      ) : null}
      {past.length > 0 ? (
        <section aria-labelledby="past">
          <h2 id="past">{text.past}</h2>
          <EventList events={past} locale={locale} />
        </section>
      ) : null}
    </main>
  )
}
