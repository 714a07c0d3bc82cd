import type { Thing, WithContext } from 'schema-dts'

/**
 * JSON for inside a <script> element: "<" becomes \u003c, so a "</script>" or "<!--" in a title
 * cannot end the script early, and U+2028/U+2029 are escaped for parsers that treat them as line
 * ends. The result is still the same JSON.
 */
export const scriptSafeJson = (data: unknown): string =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

type Props = { data: WithContext<Thing> }

/** schema.org structured data for search engines, in the server's HTML. */
export const JsonLd = ({ data }: Props) => (
  // React would HTML-escape children, which a JSON parser does not undo: the text goes in as is
  <script dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }} type="application/ld+json" />
)
