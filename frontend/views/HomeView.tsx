import { EventTimeline } from '../components/EventTimeline'
import { SiteLayout } from '../components/SiteLayout'
import { TopicFilter } from '../components/TopicFilter'
import type { ListedEvent } from '../data/events'
import type { ListedTopic } from '../data/topics'
import { t, type Locale } from '../i18n/dictionary'
import { alternates } from '../i18n/routes'

type Props = { events: ListedEvent[]; topics: ListedTopic[]; locale: Locale; now: Date }

/** The start page: every published event, upcoming first, with the topic filter. */
export const HomeView = ({ events, topics, locale, now }: Props) => {
  const text = t(locale)
  return (
    <SiteLayout locale={locale} paths={alternates('home')}>
      <h1>{text.homeTitle}</h1>
      <p className="lead">{text.siteDescription}</p>
      <TopicFilter locale={locale} topics={topics} />
      <EventTimeline empty={text.noEvents} events={events} level={2} locale={locale} now={now} />
    </SiteLayout>
  )
}
