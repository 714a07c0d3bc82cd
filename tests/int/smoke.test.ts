import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext

beforeAll(async () => {
  ctx = await startPayload()
})

afterAll(async () => {
  await ctx?.close()
})

describe('boot', () => {
  it('creates and reads a topic', async () => {
    const topic = await ctx.payload.create({ collection: 'topics', data: { name: 'Finanzen' } })
    expect(topic.slug).toBe('finanzen')
  })
})
