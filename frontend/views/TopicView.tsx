import { EventTimeline } from '../components/EventTimeline'
import { Embedded } from '../components/Embedded'
import { SiteLayout } from '../components/SiteLayout'
import { TopicFilter } from '../components/TopicFilter'
import type { ListedEvent } from '../data/events'
import type { ListedTopic } from '../data/topics'
import { langIfUntranslated, type Untranslated } from '../data/untranslated'
import { t, type Locale } from '../i18n/dictionary'
import { alternates } from '../i18n/routes'

type Props = {
  topic: { name: string; slug?: string | null; description?: string | null } & Untranslated
  events: ListedEvent[]
  topics: ListedTopic[]
  locale: Locale
  now: Date
}

/** A topic page: the start page's listing, filtered to one topic. */
export const TopicView = ({ topic, events, topics, locale, now }: Props) => {
  const text = t(locale)
  const lang = (field: string) => langIfUntranslated(topic.untranslated, field)
  return (
    <SiteLayout locale={locale} paths={alternates('topic', topic.slug ?? '')}>
      <h1>
        <Embedded lang={lang('name')} phrase={text.topicTitle} text={topic.name} />
      </h1>
      {topic.description ? (
        <p className="lead" lang={lang('description')}>
          {topic.description}
        </p>
      ) : null}
      <TopicFilter current={topic.slug ?? undefined} locale={locale} topics={topics} />
      <EventTimeline empty={text.noTopicEvents} events={events} level={2} locale={locale} now={now} />
    </SiteLayout>
  )
}
