import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startPayload, type TestContext } from '../helpers/payload'
import { expectRefused } from '../helpers/refusal'

/** Coordinates typed the German way (decimal comma) are the numbers meant, never 509484. */
let ctx: TestContext

beforeAll(async () => {
  ctx = await startPayload()
})

afterAll(async () => {
  await ctx?.close()
})

const venue = (latitude: unknown, longitude: unknown) =>
  ctx.payload.create({
    collection: 'venues',
    // as a form or CSV sends them: text
    data: { address: { city: 'Köln' }, latitude, longitude, name: 'Gürzenich' } as never,
  })

describe('venue coordinates', () => {
  it('read a decimal comma as the decimal point', async () => {
    const saved = await venue('50,9375', ' 6,9603 ')
    expect([saved.latitude, saved.longitude]).toEqual([50.9375, 6.9603])
  })

  it('read a decimal point too', async () => {
    const saved = await venue('-33.8688', '151.2093')
    expect([saved.latitude, saved.longitude]).toEqual([-33.8688, 151.2093])
  })

  it('refuse text that is no single decimal number, naming the field', async () => {
    await expectRefused(venue('50.948,4', 6.96), ['latitude'])
    await expectRefused(venue(50.9, '6,9,6'), ['longitude'])
  })

  it('still refuse a latitude beyond 90', async () => {
    await expectRefused(venue('95,1', 6.96), ['latitude'])
  })
})
