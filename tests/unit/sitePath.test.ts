import { describe, expect, it } from '@jest/globals'

import { exitTarget } from '../../frontend/routes/preview'
import { sitePath } from '../../src/lib/sitePath'

const origin = 'https://veranstaltungen.example'

describe('sitePath', () => {
  it.each([
    ['/veranstaltungen/koelner-symposium', '/veranstaltungen/koelner-symposium'],
    ['/en/events/koelner-symposium#eroeffnung', '/en/events/koelner-symposium#eroeffnung'],
    ['/veranstaltungen/köln?locale=de', '/veranstaltungen/k%C3%B6ln?locale=de'],
    ['/', '/'],
  ])('keeps the site path %s', (path, expected) => {
    expect(sitePath(path, origin)).toBe(expected)
  })

  it.each([
    '/\t/evil.example',
    '/%09/evil.example',
    '/\\evil.example',
    '/%5Cevil.example',
    '//evil.example',
    '/%2F%2Fevil.example',
    '/%2f/evil.example',
    'https:evil.example',
    'https://evil.example/',
    'evil.example',
    '/\r\nSet-Cookie: a=b',
    '/%0d%0aSet-Cookie: a=b',
    '/\u0000',
    '/%E0%A4%A',
    '',
    null,
    undefined,
  ])('refuses %j', (path) => {
    expect(sitePath(path, origin)).toBeUndefined()
  })
})

describe('/preview/exit', () => {
  const exit = (query: string) => exitTarget(new Request(`${origin}/preview/exit?path=${query}`))

  it('returns to the page on this site, and to the start page for anything else', () => {
    expect(exit('%2Fveranstaltungen%2Fkoelner-symposium')).toBe('/veranstaltungen/koelner-symposium')
    for (const query of ['/%09/evil.example', '/%0D%0Aevil', '//evil.example', '/%5Cevil', 'https:evil.example'])
      expect([query, exit(query)]).toEqual([query, '/'])
  })
})
