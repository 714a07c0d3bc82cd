import { describe, expect, it } from '@jest/globals'

import { hasRole, roles } from '../../src/lib/roles'

describe('roles', () => {
  it('are admin and editor', () => expect([...roles].sort()).toEqual(['admin', 'editor']))
})

describe('hasRole', () => {
  it('is false without a user', () => {
    expect(hasRole(null, 'admin', 'editor')).toBe(false)
    expect(hasRole(undefined, 'admin')).toBe(false)
  })

  it('is true when the user has one of the allowed roles', () => {
    expect(hasRole({ role: 'editor' }, 'admin', 'editor')).toBe(true)
    expect(hasRole({ role: 'admin' }, 'admin')).toBe(true)
  })

  it('is false when the role is not among the allowed ones', () => {
    expect(hasRole({ role: 'editor' }, 'admin')).toBe(false)
    expect(hasRole({ role: 'admin' })).toBe(false)
  })

  it('is false for a missing or unknown role', () => {
    expect(hasRole({}, 'admin', 'editor')).toBe(false)
    expect(hasRole({ role: 'guest' }, 'admin', 'editor')).toBe(false)
    expect(hasRole({ role: ['admin'] }, 'admin')).toBe(false)
  })
})
