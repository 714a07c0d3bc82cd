import { describe, expect, it } from '@jest/globals'

import { exitTarget } from '../../frontend/routes/preview'
import { signPreview, verifyPreview } from '../../src/lib/previewSignature'

const secret = 'test-secret'
const now = Date.UTC(2027, 3, 1)
const inAnHour = now + 3600_000

describe('preview links', () => {
  it('are accepted as signed until they expire', () => {
    const query = signPreview('/veranstaltungen/koelner-symposium', secret, inAnHour)
    expect(verifyPreview(query, secret, now)).toBe(true)
    expect(verifyPreview(query, secret, inAnHour + 1)).toBe(false)
  })

  it('are refused when the path, the expiry or the secret differ', () => {
    const query = signPreview('/veranstaltungen/koelner-symposium', secret, inAnHour)
    expect(verifyPreview({ ...query, path: '/veranstaltungen/andere' }, secret, now)).toBe(false)
    expect(verifyPreview({ ...query, expires: String(inAnHour + 3600_000) }, secret, now)).toBe(false)
    expect(verifyPreview(query, 'other-secret', now)).toBe(false)
    expect(verifyPreview({ ...query, signature: undefined }, secret, now)).toBe(false)
  })

  it('never lead off the site, even when signed', () => {
    for (const path of ['//evil.example/x', '/\\evil.example', 'https://evil.example/']) {
      expect(verifyPreview(signPreview(path, secret, inAnHour), secret, now)).toBe(false)
    }
  })
})

describe('leaving the preview', () => {
  const exit = (path: string) => exitTarget(new Request(`http://localhost:3000/preview/exit?${new URLSearchParams({ path })}`))

  it('returns to the page the editor was on, but never to another site', () => {
    expect(exit('/en/events/koelner-symposium')).toBe('/en/events/koelner-symposium')
    expect(exit('//evil.example/')).toBe('/')
    expect(exit('https://evil.example/')).toBe('/')
  })
})
