import type {
  DefaultNodeTypes,
  LinkFields,
  SerializedAutoLinkNode,
  SerializedHeadingNode,
  SerializedLinkNode,
  SerializedUploadNode,
} from '@payloadcms/richtext-lexical'
import {
  type JSXConverter,
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'
import type { ComponentProps } from 'react'

import type { Locale } from '../i18n/dictionary'
import { pagePath, type PageKind } from '../i18n/routes'
import type { MediaDoc } from '../lib/media'
import { populated } from '../lib/populated'
import { safeUrl } from '../lib/safeUrl'
import { FileLink } from './FileList'
import { Picture } from './Picture'

type Data = ComponentProps<typeof LexicalRichText>['data']

/** Which page an internal link to a document of a collection goes to. */
const pageKinds: Record<string, PageKind> = { events: 'event', speakers: 'speaker', topics: 'topic', venues: 'venue' }

const linkHref = (fields: LinkFields, locale: Locale): string | undefined => {
  if (fields.linkType !== 'internal') return safeUrl(fields.url)
  const kind = fields.doc ? pageKinds[fields.doc.relationTo] : undefined
  const slug = populated(fields.doc?.value)?.slug
  return kind && typeof slug === 'string' ? pagePath(locale, kind, slug) : undefined
}

/** Links go only to web, mail and phone addresses or to pages of this site; others show as text. */
const link =
  (locale: Locale): JSXConverter<SerializedAutoLinkNode | SerializedLinkNode> =>
  function Link({ node, nodesToJSX }) {
    const children = nodesToJSX({ nodes: node.children })
    const href = linkHref(node.fields, locale)
    if (!href) return <>{children}</>
    const newTab = node.fields.newTab ? { rel: 'noopener noreferrer', target: '_blank' } : {}
    return (
      <a href={href} {...newTab}>
        {children}
      </a>
    )
  }

/**
 * Editors' headings sit below the page's own headings: one h1 per page, a sound outline. On pages
 * with section headings of their own (events) they start at h3; where the text is the page (site
 * pages) at h2.
 */
const heading =
  (top: 2 | 3): JSXConverter<SerializedHeadingNode> =>
  function Heading({ node, nodesToJSX }) {
    const Tag = `h${Math.min(Math.max(Number(node.tag.slice(1)) + top - 2, top), 6)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
    return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
  }

const upload =
  (locale: Locale): JSXConverter<SerializedUploadNode> =>
  function Upload({ node }) {
    const media = populated(node.value as MediaDoc | number)
    if (!media?.url) return null
    if (media.mimeType?.startsWith('image/')) return <Picture media={media} sizes="(min-width: 48rem) 46rem, 100vw" />
    return (
      <p>
        <FileLink locale={locale} media={media} />
      </p>
    )
  }

const converters =
  (locale: Locale, topHeading: 2 | 3): JSXConvertersFunction<DefaultNodeTypes> =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    autolink: link(locale),
    heading: heading(topHeading),
    link: link(locale),
    upload: upload(locale),
  })

type Props = { data: Data | null | undefined; locale: Locale; className?: string; topHeading?: 2 | 3 }

/** Rich text from the editor: React escapes all text, links are checked, uploads become images or downloads. */
export const RichText = ({ data, locale, className = 'prose', topHeading = 3 }: Props) =>
  data ? <LexicalRichText className={className} converters={converters(locale, topHeading)} data={data} /> : null
