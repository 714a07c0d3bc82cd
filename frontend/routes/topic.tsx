import type { Metadata } from 'next'

import { loadTopicPage } from '../data/topics'
import { t, type Locale } from '../i18n/dictionary'
import { alternates } from '../i18n/routes'
import { notFoundMetadata, pageMetadata } from '../lib/metadata'
import { TopicView } from '../views/TopicView'
import { NotFoundAnswer } from './notFound'
import type { SlugProps } from './types'

/** `/themen/[slug]` and `/en/topics/[slug]`. */
export const topicPage = (locale: Locale) =>
  async function TopicPage({ params }: SlugProps) {
    const data = await loadTopicPage(locale, (await params).slug)
    if (!data) return <NotFoundAnswer locale={locale} />
    return <TopicView {...data} locale={locale} now={new Date()} />
  }

export const topicMetadata =
  (locale: Locale) =>
  async ({ params }: SlugProps): Promise<Metadata> => {
    const { slug } = await params
    const topic = (await loadTopicPage(locale, slug))?.topic
    if (!topic) return notFoundMetadata(locale)
    const text = t(locale)
    return pageMetadata({
      description: topic.description || text.topicDescription(topic.name),
      locale,
      paths: alternates('topic', slug),
      title: text.topicTitle(topic.name),
    })
  }
