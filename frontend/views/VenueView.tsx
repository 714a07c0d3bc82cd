import { Address } from '../components/Address'
import { EventTimeline } from '../components/EventTimeline'
import { Paragraphs } from '../components/Paragraphs'
import { SiteLayout } from '../components/SiteLayout'
import type { ListedEvent } from '../data/events'
import { langIfUntranslated } from '../data/untranslated'
import type { VenueDoc } from '../data/venue'
import { t, type Locale } from '../i18n/dictionary'
import { alternates } from '../i18n/routes'
import { mapLink } from '../lib/mapLink'
import { safeUrl } from '../lib/safeUrl'

type Props = { venue: VenueDoc; events: ListedEvent[]; locale: Locale; now: Date }

const features = ['stepFree', 'hearingLoop', 'accessibleToilet'] as const

/** A venue page: address and map link, accessibility, directions, rooms and the events held there. */
export const VenueView = ({ venue, events, locale, now }: Props) => {
  const text = t(locale)
  const website = safeUrl(venue.website)
  const accessibility = venue.accessibility ?? {}
  const lang = (field: string) => langIfUntranslated(venue.untranslated, field)
  return (
    <SiteLayout locale={locale} paths={alternates('venue', venue.slug ?? '')}>
      <article className="venue">
        <h1 lang={lang('name')}>{venue.name}</h1>
        <section aria-labelledby="address">
          <h2 id="address">{text.address}</h2>
          <Address address={venue.address} locale={locale} />
          <ul className="plain-list">
            <li>
              <a href={mapLink(venue.latitude, venue.longitude)}>{text.mapLink}</a>
            </li>
            {website ? (
              <li>
                {text.website}: <a href={website}>{website.replace(/^https?:\/\//, '')}</a>
              </li>
            ) : null}
          </ul>
        </section>
        <section aria-labelledby="accessibility">
          <h2 id="accessibility">{text.accessibility}</h2>
          <dl className="facts facts--compact">
            {features.map((feature) => (
              <div className="facts__row" key={feature}>
                <dt>{text.accessibilityFeatures[feature]}</dt>
                <dd>{accessibility[feature] ? text.yes : text.no}</dd>
              </div>
            ))}
          </dl>
          <Paragraphs lang={lang('accessibility.notes')} text={accessibility.notes} />
        </section>
        {venue.directions ? (
          <section aria-labelledby="directions">
            <h2 id="directions">{text.directions}</h2>
            <Paragraphs lang={lang('directions')} text={venue.directions} />
          </section>
        ) : null}
        {venue.publicTransport ? (
          <section aria-labelledby="public-transport">
            <h2 id="public-transport">{text.publicTransport}</h2>
            <Paragraphs lang={lang('publicTransport')} text={venue.publicTransport} />
          </section>
        ) : null}
        {venue.rooms?.length ? (
          <section aria-labelledby="rooms">
            <h2 id="rooms">{text.rooms}</h2>
            <ul>
              {venue.rooms.map((room, index) => (
                <li key={room.id ?? room.name}>
                  {[
                    <span key="name" lang={lang(`rooms.${index}.name`)}>
                      {room.name}
                    </span>,
                    room.floor ? (
                      <span key="floor" lang={lang(`rooms.${index}.floor`)}>
                        {room.floor}
                      </span>
                    ) : null,
                    room.capacity ? text.seats(room.capacity) : null,
                  ]
                    .filter(Boolean)
                    .flatMap((part, at) => (at ? [' · ', part] : [part]))}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="events-here">
          <h2 id="events-here">{text.eventsHere}</h2>
          <EventTimeline empty={text.noEvents} events={events} idPrefix="venue-events" level={3} locale={locale} now={now} />
        </section>
      </article>
    </SiteLayout>
  )
}
