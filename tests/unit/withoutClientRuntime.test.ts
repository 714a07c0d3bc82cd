import { createRequire } from 'node:module'

import { describe, expect, it } from '@jest/globals'

const require = createRequire(import.meta.url)
const { withoutClientRuntime } = require('../../frontend/cache/withoutClientRuntime.cjs') as {
  withoutClientRuntime: (html: string) => string
}

/** A cached event page as Next 16 writes it, shortened: the runtime's files, its inline payload, our JSON-LD. */
const structuredData =
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Symposium \\u003c/script\\u003e"}</script>'
const page = [
  '<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/module.js"/>',
  '<script src="/_next/static/chunks/main-app.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<title>2. Kölner Symposium – Difu</title>',
  '<link rel="canonical" href="https://programm.difu.de/veranstaltungen/2-koelner-symposium"/>',
  '<link rel="alternate" hrefLang="en" href="https://programm.difu.de/en/events/2-koelner-symposium"/>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '</head><body><main id="content"><h1>2. Kölner Symposium</h1>',
  // an editor's text that looks like markup is escaped by React and stays text
  '<p>Bitte &lt;script&gt;alert(1)&lt;/script&gt; nicht ausführen.</p>',
  structuredData,
  '</main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"\\u003c/script\\u003e\\"}]\\n"])</script>',
  '</body></html>',
].join('')

describe('a cached page without the client runtime', () => {
  const served = withoutClientRuntime(page)

  it('loads no script: no runtime file, no inline payload, no preload of either', () => {
    expect([...served.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])).toEqual(['<script type="application/ld+json">'])
    expect(served).not.toContain('/_next/static/chunks/main-app.js')
    expect(served).not.toContain('webpack.js')
    expect(served).not.toContain('module.js')
    expect(served).not.toContain('__next_f')
    expect(served).not.toContain('TURBOPACK')
  })

  it('keeps what visitors and search engines read: the text, the head, the styles and the structured data', () => {
    expect(served).toBe(
      [
        '<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/>',
        '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
        '<title>2. Kölner Symposium – Difu</title>',
        '<link rel="canonical" href="https://programm.difu.de/veranstaltungen/2-koelner-symposium"/>',
        '<link rel="alternate" hrefLang="en" href="https://programm.difu.de/en/events/2-koelner-symposium"/>',
        '</head><body><main id="content"><h1>2. Kölner Symposium</h1>',
        '<p>Bitte &lt;script&gt;alert(1)&lt;/script&gt; nicht ausführen.</p>',
        structuredData,
        '</main></body></html>',
      ].join(''),
    )
  })

  it('leaves a page without scripts as it is', () => {
    const plain = '<!DOCTYPE html><html lang="en"><head><title>Map</title></head><body><p>No events.</p></body></html>'
    expect(withoutClientRuntime(plain)).toBe(plain)
  })
})
