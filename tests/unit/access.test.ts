import { describe, expect, it } from '@jest/globals'

import { adminFieldOnly } from '../../src/access/adminFieldOnly'
import { admins } from '../../src/access/admins'
import { adminsOrSelf } from '../../src/access/adminsOrSelf'
import { anyone } from '../../src/access/anyone'
import { editors } from '../../src/access/editors'
import { publishedInPublishedEvent } from '../../src/access/publishedInPublishedEvent'
import { publishedOrSignedIn } from '../../src/access/publishedOrSignedIn'
import { accessArgs, adminUser, anonymous, editorUser, unknownRoleUser } from '../helpers/users'

const anonymousArgs = accessArgs(anonymous)
const editorArgs = accessArgs(editorUser)
const adminArgs = accessArgs(adminUser)
const unknownRoleArgs = accessArgs(unknownRoleUser)

describe('anyone', () => {
  it('lets everyone in, signed in or not', () => {
    expect(anyone(anonymousArgs)).toBe(true)
    expect(anyone(editorArgs)).toBe(true)
  })
})

describe('editors (writing content)', () => {
  it('refuses anonymous visitors', () => expect(editors(anonymousArgs)).toBe(false))
  it('allows editors', () => expect(editors(editorArgs)).toBe(true))
  it('allows admins', () => expect(editors(adminArgs)).toBe(true))
  it('refuses a signed-in user without a known role', () => expect(editors(unknownRoleArgs)).toBe(false))
})

describe('admins (managing users)', () => {
  it('refuses anonymous visitors', () => expect(admins(anonymousArgs)).toBe(false))
  it('refuses editors', () => expect(admins(editorArgs)).toBe(false))
  it('allows admins', () => expect(admins(adminArgs)).toBe(true))
})

describe('adminsOrSelf (reading and editing accounts)', () => {
  it('refuses anonymous visitors', () => expect(adminsOrSelf(anonymousArgs)).toBe(false))
  it('limits an editor to their own account', () =>
    expect(adminsOrSelf(editorArgs)).toEqual({ id: { equals: editorUser.id } }))
  it('limits a user with an unknown role to their own account', () =>
    expect(adminsOrSelf(unknownRoleArgs)).toEqual({ id: { equals: unknownRoleUser.id } }))
  it('lets admins reach every account', () => expect(adminsOrSelf(adminArgs)).toBe(true))
})

describe('publishedOrSignedIn (reading events and sessions)', () => {
  const publishedOnly = { _status: { equals: 'published' } }
  it('shows anonymous visitors published documents only', () =>
    expect(publishedOrSignedIn(anonymousArgs)).toEqual(publishedOnly))
  it('shows a user without a known role published documents only', () =>
    expect(publishedOrSignedIn(unknownRoleArgs)).toEqual(publishedOnly))
  it('shows editors drafts too', () => expect(publishedOrSignedIn(editorArgs)).toBe(true))
  it('shows admins drafts too', () => expect(publishedOrSignedIn(adminArgs)).toBe(true))
})

describe('publishedInPublishedEvent (reading sessions)', () => {
  const publishedInPublished = {
    and: [{ _status: { equals: 'published' } }, { 'event._status': { equals: 'published' } }],
  }
  it('shows anonymous visitors published sessions of published events only', () =>
    expect(publishedInPublishedEvent(anonymousArgs)).toEqual(publishedInPublished))
  it('shows editors drafts too', () => expect(publishedInPublishedEvent(editorArgs)).toBe(true))
  it('shows admins drafts too', () => expect(publishedInPublishedEvent(adminArgs)).toBe(true))
})

describe('adminFieldOnly (the role field)', () => {
  it('refuses anonymous visitors', () => expect(adminFieldOnly(anonymousArgs)).toBe(false))
  it('refuses editors, so they cannot promote themselves', () => expect(adminFieldOnly(editorArgs)).toBe(false))
  it('allows admins', () => expect(adminFieldOnly(adminArgs)).toBe(true))
})
