import type { Metadata } from 'next'

import { loadSpeakerPage } from '../data/speaker'
import { t, type Locale } from '../i18n/dictionary'
import { alternates } from '../i18n/routes'
import { populated } from '../lib/populated'
import { notFoundMetadata, pageMetadata } from '../lib/metadata'
import { SpeakerView } from '../views/SpeakerView'
import { NotFoundAnswer } from './notFound'
import type { SlugProps } from './types'

/** `/referierende/[slug]` and `/en/speakers/[slug]`. */
export const speakerPage = (locale: Locale) =>
  async function SpeakerPage({ params }: SlugProps) {
    const data = await loadSpeakerPage(locale, (await params).slug)
    if (!data) return <NotFoundAnswer locale={locale} />
    return <SpeakerView {...data} locale={locale} now={new Date()} />
  }

export const speakerMetadata =
  (locale: Locale) =>
  async ({ params }: SlugProps): Promise<Metadata> => {
    const { slug } = await params
    const speaker = (await loadSpeakerPage(locale, slug))?.speaker
    if (!speaker) return notFoundMetadata(locale)
    const name = speaker.name ?? ''
    const about = [speaker.position, populated(speaker.organisation)?.name].filter(Boolean).join(', ')
    return pageMetadata({
      description: about ? `${name}: ${about}` : t(locale).speakerDescription(name),
      image: populated(speaker.photo)?.url,
      locale,
      paths: alternates('speaker', slug),
      title: name,
    })
  }
