import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { countDocs, type Id, isStored, password } from '../helpers/fixtures'
import { type ApiContext, startApi } from '../helpers/rest'

let ctx: ApiContext

beforeAll(async () => {
  ctx = await startApi()
})

afterAll(async () => {
  await ctx?.close()
})

let counter = 0
const newAccount = (role: 'admin' | 'editor' = 'editor') => {
  counter += 1
  return { email: `person${counter}@example.org`, name: `Person ${counter}`, password, role }
}

const userCount = () => countDocs(ctx.payload, 'users')

const storedUser = (id: Id) => ctx.payload.findByID({ collection: 'users', id })

const createEditor = () => ctx.payload.create({ collection: 'users', data: newAccount(), overrideAccess: true })

describe('creating accounts', () => {
  it('is refused to anonymous visitors: there is no public sign-up', async () => {
    const before = await userCount()
    const { status } = await ctx.api.post('/api/users', newAccount())
    expect([401, 403]).toContain(status)
    expect(await userCount()).toBe(before)
  })

  it('is refused to anonymous visitors on the first-account form once accounts exist', async () => {
    const before = await userCount()
    const { status } = await ctx.api.post('/api/users/first-register', newAccount('admin'))
    expect([401, 403]).toContain(status)
    expect(await userCount()).toBe(before)
  })

  it('is refused to editors', async () => {
    const before = await userCount()
    const { status } = await ctx.api.post('/api/users', newAccount(), ctx.tokens.editor)
    expect([401, 403]).toContain(status)
    expect(await userCount()).toBe(before)
  })

  it('is open to admins, with the role they choose', async () => {
    const editor = await ctx.api.post('/api/users', newAccount('editor'), ctx.tokens.admin)
    const admin = await ctx.api.post('/api/users', newAccount('admin'), ctx.tokens.admin)
    expect([editor.status, admin.status]).toEqual([201, 201])
    expect((await storedUser(editor.body.doc.id)).role).toBe('editor')
    expect((await storedUser(admin.body.doc.id)).role).toBe('admin')
  })
})

describe('deleting accounts', () => {
  it('is refused to editors, for others and for themselves', async () => {
    const other = await createEditor()
    expect([401, 403, 404]).toContain((await ctx.api.delete(`/api/users/${other.id}`, ctx.tokens.editor)).status)
    expect((await ctx.api.delete(`/api/users/${ctx.users.editor.id}`, ctx.tokens.editor)).status).toBe(403)
    expect(await storedUser(other.id)).toMatchObject({ email: other.email })
    expect(await storedUser(ctx.users.editor.id)).toMatchObject({ email: ctx.users.editor.email })
  })

  it('is refused to anonymous visitors', async () => {
    const other = await createEditor()
    expect([401, 403]).toContain((await ctx.api.delete(`/api/users/${other.id}`)).status)
    expect(await storedUser(other.id)).toMatchObject({ email: other.email })
  })

  it('is open to admins', async () => {
    const other = await createEditor()
    expect((await ctx.api.delete(`/api/users/${other.id}`, ctx.tokens.admin)).status).toBe(200)
    expect(await isStored(ctx.payload, 'users', other.id)).toBe(false)
  })
})

describe('editing accounts', () => {
  it('lets editors change their own name', async () => {
    const { status } = await ctx.api.patch(`/api/users/${ctx.users.editor.id}`, { name: 'Eddi E.' }, ctx.tokens.editor)
    expect(status).toBe(200)
    expect((await storedUser(ctx.users.editor.id)).name).toBe('Eddi E.')
  })

  it('does not let editors make themselves admins', async () => {
    const path = `/api/users/${ctx.users.editor.id}`
    await ctx.api.patch(path, { role: 'admin' }, ctx.tokens.editor)
    expect((await storedUser(ctx.users.editor.id)).role).toBe('editor')
    // signing in again does not bring admin rights either
    const token = await ctx.api.login(ctx.users.editor.email)
    expect([401, 403]).toContain((await ctx.api.post('/api/users', newAccount(), token)).status)
  })

  it('does not let editors change other accounts', async () => {
    const { status } = await ctx.api.patch(`/api/users/${ctx.users.admin.id}`, { name: 'Gekapert' }, ctx.tokens.editor)
    expect([401, 403, 404]).toContain(status)
    expect((await storedUser(ctx.users.admin.id)).name).toBe(ctx.users.admin.name)
  })

  it('lets admins change another account’s role', async () => {
    const other = await createEditor()
    const { status } = await ctx.api.patch(`/api/users/${other.id}`, { role: 'admin' }, ctx.tokens.admin)
    expect(status).toBe(200)
    expect((await storedUser(other.id)).role).toBe('admin')
  })
})

describe('listing accounts', () => {
  it('is refused to anonymous visitors', async () => {
    expect([401, 403]).toContain((await ctx.api.get('/api/users')).status)
  })

  it('shows editors their own account only', async () => {
    const { body, status } = await ctx.api.get('/api/users?limit=100', ctx.tokens.editor)
    expect(status).toBe(200)
    expect(body.docs.map((user: { email: string }) => user.email)).toEqual([ctx.users.editor.email])
  })

  it('shows admins every account', async () => {
    const { body } = await ctx.api.get('/api/users?limit=100', ctx.tokens.admin)
    expect(body.totalDocs).toBe(await userCount())
    expect(body.totalDocs).toBeGreaterThan(1)
  })
})

describe('signing in', () => {
  it('fails with a wrong password', async () => {
    const { body, status } = await ctx.api.post('/api/users/login', {
      email: ctx.users.editor.email,
      password: 'wrong',
    })
    expect(status).toBe(401)
    expect(body.token).toBeUndefined()
  })
})
