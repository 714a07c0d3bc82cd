import { describe, expect, it } from '@jest/globals'

import { uuidV5 } from '../../src/lib/uuidV5'

/** RFC 9562's DNS namespace, used by the published examples. */
const dns = '6ba7b810-9dad-11d1-80b4-00c04fd430c8'

describe('uuidV5', () => {
  it('matches the value other implementations give (Python: uuid5(NAMESPACE_DNS, "python.org"))', () =>
    expect(uuidV5('python.org', dns)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d'))

  it('marks version 5 and the RFC variant', () => expect(uuidV5('Kölner Symposium', dns)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/))

  it('differs for another name or another namespace', () => {
    const other = uuidV5('python.org', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')
    expect(uuidV5('python.org.', dns)).not.toBe(uuidV5('python.org', dns))
    expect(other).not.toBe(uuidV5('python.org', dns))
  })

  it('refuses a namespace that is not a UUID', () => expect(() => uuidV5('x', 'not-a-uuid')).toThrow('Not a UUID'))
})
