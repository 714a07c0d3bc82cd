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

/** Five wrong passwords lock an account (Payload's default `maxLoginAttempts`). */
const lockAccount = async (email: string) => {
  for (let attempt = 0; attempt < 5; attempt++) await ctx.api.post('/api/users/login', { email, password: 'wrong' })
}

const signIn = (email: string) => ctx.api.post('/api/users/login', { email, password })

describe('locked accounts', () => {
  it('answer a sign-in exactly as an unknown e-mail address does, revealing no account', async () => {
    const locked = await createEditor()
    await lockAccount(locked.email)
    const lockedAnswer = await signIn(locked.email)
    const unknownAnswer = await signIn('nobody@example.org')
    expect(lockedAnswer.status).toBe(401)
    expect(lockedAnswer).toEqual(unknownAnswer)
    expect(lockedAnswer.body.token).toBeUndefined()
  })

  it('are told apart by nobody over GraphQL either', async () => {
    const locked = await createEditor()
    await lockAccount(locked.email)
    const login = (email: string) =>
      ctx.api.graphql(`mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }`)
    const [lockedAnswer, unknownAnswer] = [await login(locked.email), await login('nobody@example.org')]
    expect(lockedAnswer.body.errors[0].message).toBe(unknownAnswer.body.errors[0].message)
    expect(lockedAnswer.body.errors[0].extensions).toEqual(unknownAnswer.body.errors[0].extensions)
    expect(lockedAnswer.body.data.loginUser).toBeNull()
  })

  it('cannot be unlocked by editors, over REST or GraphQL, not even their own colleague', async () => {
    const locked = await createEditor()
    await lockAccount(locked.email)
    const rest = await ctx.api.post('/api/users/unlock', { email: locked.email }, ctx.tokens.editor)
    expect(rest.status).toBe(403)
    const graphql = await ctx.api.graphql(`mutation { unlockUser(email: ${JSON.stringify(locked.email)}) }`, ctx.tokens.editor)
    expect(graphql.body.errors[0].extensions.statusCode).toBe(403)
    expect((await signIn(locked.email)).status).toBe(401)
  })

  it('cannot be unlocked by anonymous visitors', async () => {
    const locked = await createEditor()
    await lockAccount(locked.email)
    expect([401, 403]).toContain((await ctx.api.post('/api/users/unlock', { email: locked.email })).status)
    expect((await signIn(locked.email)).status).toBe(401)
  })

  it('are unlocked by admins, and the person signs in again', async () => {
    const locked = await createEditor()
    await lockAccount(locked.email)
    const { status } = await ctx.api.post('/api/users/unlock', { email: locked.email }, ctx.tokens.admin)
    expect(status).toBe(200)
    const again = await signIn(locked.email)
    expect(again.status).toBe(200)
    expect(again.body.token).toEqual(expect.any(String))
  })
})
