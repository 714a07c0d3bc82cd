import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { countDocs, password } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { type Api, restApi } from '../helpers/rest'

let ctx: TestContext
let api: Api

beforeAll(async () => {
  ctx = await startPayload()
  api = restApi(ctx.config)
})

afterAll(async () => {
  await ctx?.close()
})

describe('the first account', () => {
  it('is created on the first visit and becomes an admin, whatever role was sent', async () => {
    const { body, status } = await api.post('/api/users/first-register', {
      email: 'erste@example.org',
      password,
      role: 'editor',
    })
    expect(status).toBe(200)
    expect(body.user).toMatchObject({ email: 'erste@example.org', role: 'admin' })
    const stored = await ctx.payload.find({ collection: 'users', where: { email: { equals: 'erste@example.org' } } })
    expect(stored.docs[0].role).toBe('admin')
  })

  it('is the only one made an admin: later accounts keep their role', async () => {
    const second = await ctx.payload.create({
      collection: 'users',
      data: { email: 'zweite@example.org', password, role: 'editor' },
      overrideAccess: true,
    })
    expect(second.role).toBe('editor')
  })

  it('cannot be registered a second time', async () => {
    const { status } = await api.post('/api/users/first-register', { email: 'dritte@example.org', password })
    expect([401, 403]).toContain(status)
    expect(await countDocs(ctx.payload, 'users')).toBe(2)
  })
})
