import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { PersonLeaf, WithContext } from 'schema-dts'

import type { Locale } from '../../i18n/dictionary'
import { compact, mediaUrl, personStub, webUrl, type PersonInput } from './shared'

type RichText = Parameters<typeof convertLexicalToPlaintext>[0]['data']

export type SpeakerInput = PersonInput & {
  bio?: RichText | null
  links?: { url: string }[] | null
}

/** The schema.org Person of a speaker page; its @id matches the performers on event pages. */
export const speakerJsonLd = ({ speaker, locale }: { speaker: SpeakerInput; locale: Locale }): WithContext<PersonLeaf> => {
  const bio = speaker.bio ? convertLexicalToPlaintext({ data: speaker.bio }).replace(/\s+/g, ' ').trim() : ''
  const sameAs = (speaker.links ?? []).flatMap((link) => {
    const url = webUrl(link.url)
    return url ? [url] : []
  })
  const image = mediaUrl(speaker.photo)
  return compact<WithContext<PersonLeaf>>({
    '@context': 'https://schema.org',
    ...personStub(speaker, locale),
    description: bio || undefined,
    image,
    sameAs,
  })
}
