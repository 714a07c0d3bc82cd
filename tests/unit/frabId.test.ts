import { describe, expect, it } from '@jest/globals'

import { frabId } from '../../src/endpoints/schedule/frabId'

/** Two uuids as PostgreSQL with `idType: 'uuid'` gives them, and a MongoDB ObjectId. */
const uuid = '0b6f2a1e-6c3d-4c8e-9a51-2f7d1e3b4a90'
const otherUuid = '0b6f2a1e-6c3d-4c8e-9a51-2f7d1e3b4a91'
const objectId = '6743a1f09c2b4e0012ab34cd'

describe('frabId', () => {
  it('keeps a numeric id as it is', () => expect([frabId(1), frabId(42)]).toEqual([1, 42]))

  it('turns a string id into a positive integer that JSON carries exactly', () => {
    for (const id of [uuid, objectId, 'a']) {
      expect(Number.isSafeInteger(frabId(id))).toBe(true)
      expect(frabId(id)).toBeGreaterThan(0)
    }
  })

  it('gives a string id a fixed number, so apps keep their bookmarks across requests and releases', () =>
    // Python: int.from_bytes(hashlib.sha256(uuid.encode()).digest()[:6], 'big') + 1
    expect(frabId(uuid)).toBe(237601309211664))

  it('gives another id another number', () => {
    expect(frabId(otherUuid)).not.toBe(frabId(uuid))
    expect(frabId(objectId)).not.toBe(frabId(uuid))
  })
})
