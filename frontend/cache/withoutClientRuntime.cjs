/**
 * A cached public page without Next's client runtime: its <script> elements (the runtime's files,
 * the inline React Server Components payload the runtime reads) and the hints that preload them.
 * Structured data (application/ld+json) stays. The public pages have no client components (the
 * map page, which has, is rendered per request and never cached), so the runtime would only
 * hydrate markup that never changes: visitors download ~130 kB of gzipped JavaScript for nothing,
 * and the page's HTML is three times the size of what they read.
 *
 * Plain CommonJS, as the cache handler that uses it. The input is HTML that React wrote: React
 * escapes "<" in text and attributes, and the inline payload and our JSON-LD escape it as \u003c,
 * so "</script>" only ever ends a real script element.
 */
const scriptElement = /<script\b[^>]*>[\s\S]*?<\/script>/gi
const structuredData = /^<script\b[^>]*\btype="application\/ld\+json"/i
const linkElement = /<link\b[^>]*>/gi
const scriptHint = /\bas="script"|\brel="modulepreload"/i

const withoutClientRuntime = (html) =>
  html
    .replace(scriptElement, (element) => (structuredData.test(element) ? element : ''))
    .replace(linkElement, (element) => (scriptHint.test(element) ? '' : element))

module.exports = { withoutClientRuntime }
