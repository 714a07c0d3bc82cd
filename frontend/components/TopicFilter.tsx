import type { ListedTopic } from '../data/topics'
import { t, type Locale } from '../i18n/dictionary'
import { homePath, pagePath } from '../i18n/routes'

type Props = { topics: ListedTopic[]; locale: Locale; current?: string }

/** The topic filter: plain links to the topic pages, so it works without JavaScript. */
export const TopicFilter = ({ topics, locale, current }: Props) => {
  const text = t(locale)
  if (topics.length === 0) return null
  return (
    <nav aria-labelledby="topic-filter" className="topic-filter">
      <h2 className="topic-filter__label" id="topic-filter">
        {text.topicFilter}
      </h2>
      <ul>
        <li>
          <a aria-current={current ? undefined : 'page'} href={homePath(locale)}>
            {text.allTopics}
          </a>
        </li>
        {topics.map((topic) => (
          <li key={topic.id}>
            <a aria-current={topic.slug === current ? 'page' : undefined} href={pagePath(locale, 'topic', topic.slug)}>
              {topic.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
