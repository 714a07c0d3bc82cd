import { CalendarLinks } from '../components/CalendarLinks'
import { FactsBox } from '../components/FactsBox'
import { FileList } from '../components/FileList'
import { JsonLd } from '../components/JsonLd'
import { Picture } from '../components/Picture'
import { Programme } from '../components/Programme'
import { RichText } from '../components/RichText'
import { SiteLayout } from '../components/SiteLayout'
import { SpeakerGrid } from '../components/SpeakerGrid'
import { StatusBanner } from '../components/StatusBanner'
import { VenueSummary } from '../components/VenueSummary'
import type { EventDoc, EventSession } from '../data/event'
import { langIfUntranslated } from '../data/untranslated'
import { t, type Locale } from '../i18n/dictionary'
import { alternates } from '../i18n/routes'
import { eventJsonLd } from '../lib/jsonLd'
import { populated } from '../lib/populated'

type Props = { event: EventDoc; sessions: EventSession[]; locale: Locale }

/**
 * An event page: status, facts, calendar links, description, programme, speakers, venue, downloads.
 * A jump link under the title leads to the programme, which starts far down on a phone.
 */
export const EventView = ({ event, sessions, locale }: Props) => {
  const text = t(locale)
  const hero = populated(event.heroImage)
  const documents = (event.documents ?? []).filter((row) => populated(row.file)?.url)
  return (
    <SiteLayout locale={locale} paths={alternates('event', event.slug ?? '')}>
      <JsonLd data={eventJsonLd({ event, locale, sessions })} />
      <article className="event">
        <StatusBanner event={event} locale={locale} />
        <header className="event__header">
          <h1 lang={langIfUntranslated(event.untranslated, 'title')}>{event.title}</h1>
          {event.summary ? (
            <p className="lead" lang={langIfUntranslated(event.untranslated, 'summary')}>
              {event.summary}
            </p>
          ) : null}
          {sessions.length ? (
            <p className="jump-link">
              <a href="#programme">{text.toProgramme}</a>
            </p>
          ) : null}
        </header>
        {hero ? <Picture className="event__hero" media={hero} priority sizes="(min-width: 64rem) 62rem, 100vw" /> : null}
        <FactsBox event={event} locale={locale} />
        <CalendarLinks event={event} hasSessions={sessions.length > 0} locale={locale} />
        {event.description ? (
          <section aria-labelledby="description">
            <h2 id="description">{text.description}</h2>
            <div lang={langIfUntranslated(event.untranslated, 'description')}>
              <RichText data={event.description} locale={locale} />
            </div>
          </section>
        ) : null}
        <Programme locale={locale} sessions={sessions} />
        <SpeakerGrid locale={locale} sessions={sessions} />
        <VenueSummary lang={langIfUntranslated(event.untranslated, 'venue.name')} locale={locale} venue={event.venue} />
        {documents.length ? (
          <section aria-labelledby="downloads">
            <h2 id="downloads">{text.downloads}</h2>
            <FileList files={documents} locale={locale} />
          </section>
        ) : null}
      </article>
    </SiteLayout>
  )
}
