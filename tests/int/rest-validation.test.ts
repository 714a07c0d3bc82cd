import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { countDocs, eventData, type Id, removeMedia } from '../helpers/fixtures'
import { expectFieldErrors } from '../helpers/refusal'
import { type ApiContext, startApi } from '../helpers/rest'
import { createRefs, type Doc, type Refs, rules } from '../helpers/rules'

let ctx: ApiContext
let refs: Refs

beforeAll(async () => {
  ctx = await startApi()
  refs = await createRefs(ctx.payload)
})

afterAll(async () => {
  if (ctx) await removeMedia(ctx.payload)
  await ctx?.close()
})

describe.each(rules)('$rule', ({ collection, file, invalid, message, paths, valid }) => {
  const post = async (body: Doc) =>
    ctx.api.request('POST', `/api/${collection}`, {
      body,
      file: file ? await file() : undefined,
      token: ctx.tokens.editor,
    })

  it('is answered with 400 naming the field when creating', async () => {
    const before = await countDocs(ctx.payload, collection)
    expectFieldErrors(await post({ ...valid(refs), ...invalid(refs) }), paths, message)
    expect(await countDocs(ctx.payload, collection)).toBe(before)
  })

  it('is answered with 400 naming the field when updating, and the document stays as it was', async () => {
    const created = await post(valid(refs))
    expect(created.status).toBe(201)
    const id: Id = created.body.doc.id
    const read = () => ctx.payload.findByID({ collection, depth: 0, draft: true, id, locale: 'all' })
    const before = await read()
    expectFieldErrors(await ctx.api.patch(`/api/${collection}/${id}`, invalid(refs), ctx.tokens.editor), paths, message)
    expect(await read()).toEqual(before)
  })
})

describe('messages', () => {
  it('are in English for an English admin', async () => {
    const response = await ctx.api.request('POST', '/api/events', {
      body: eventData({ end: '2025-05-12T06:00:00.000Z' }),
      language: 'en',
      token: ctx.tokens.editor,
    })
    expectFieldErrors(response, ['end'], 'The end must be after the start.')
  })
})
