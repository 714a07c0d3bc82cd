import type {
  DefaultTypedEditorState,
  SerializedHeadingNode,
  SerializedLinkNode,
  SerializedListItemNode,
  SerializedListNode,
  SerializedParagraphNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'

/** Lexical editor state as Payload's richtext-lexical stores it. */
export type RichText = DefaultTypedEditorState

/** Part of a paragraph: plain text, or a link (a path of this site or a web, mail or phone address). */
export type Inline = string | { link: string; url: string }

/** A paragraph (plain string, or text with links), a heading, or a bullet list. */
export type Block = string | Inline[] | { heading: string; tag?: 'h2' | 'h3' } | { list: string[] }

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

const text = (value: string): SerializedTextNode => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})

const link = (value: string, url: string): SerializedLinkNode => ({
  ...element,
  type: 'link',
  children: [text(value)],
  fields: { linkType: 'custom', newTab: false, url },
  id: url,
})

const paragraph = (parts: Inline[]): SerializedParagraphNode => ({
  ...element,
  type: 'paragraph',
  children: parts.map((part) => (typeof part === 'string' ? text(part) : link(part.link, part.url))),
  textFormat: 0,
  textStyle: '',
})

const heading = (value: string, tag: 'h2' | 'h3'): SerializedHeadingNode => ({
  ...element,
  type: 'heading',
  tag,
  children: [text(value)],
})

const listItem = (value: string, index: number): SerializedListItemNode => ({
  ...element,
  type: 'listitem',
  checked: undefined,
  value: index + 1,
  children: [text(value)],
})

const bulletList = (items: string[]): SerializedListNode => ({
  ...element,
  type: 'list',
  listType: 'bullet',
  start: 1,
  tag: 'ul',
  children: items.map(listItem),
})

const node = (block: Block) => {
  if (typeof block === 'string') return paragraph([block])
  if (Array.isArray(block)) return paragraph(block)
  if ('heading' in block) return heading(block.heading, block.tag ?? 'h2')
  return bulletList(block.list)
}

/**
 * Builds rich text from plain strings, in order: `richText('First paragraph.', { heading: 'Aims' },
 * { list: ['one', 'two'] }, 'Closing paragraph.')`.
 */
export const richText = (...blocks: Block[]): RichText => ({
  root: {
    ...element,
    type: 'root',
    // the node builders are typed one by one; the root's children type is a deep union
    children: blocks.map(node) as RichText['root']['children'],
  },
})
