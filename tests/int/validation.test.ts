import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { countDocs, pdfFile, removeMedia, sessionData, unknownIdLike } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { expectRefused, expectUpdateRefused } from '../helpers/refusal'
import { createRefs, type Doc, type Refs, rules } from '../helpers/rules'

let ctx: TestContext
let refs: Refs

beforeAll(async () => {
  ctx = await startPayload()
  refs = await createRefs(ctx.payload)
})

afterAll(async () => {
  if (ctx) await removeMedia(ctx.payload)
  await ctx?.close()
})

describe.each(rules)('$rule', ({ collection, file, invalid, message, paths, valid }) => {
  const create = async (data: Doc) =>
    ctx.payload.create({ collection, data: data as never, file: file ? await file() : undefined })

  it('refuses to create a document that breaks it, naming the field', async () => {
    const before = await countDocs(ctx.payload, collection)
    await expectRefused(create({ ...valid(refs), ...invalid(refs) }), paths, message)
    expect(await countDocs(ctx.payload, collection)).toBe(before)
  })

  it('refuses an update that breaks it and keeps the stored document', async () => {
    const { id } = await create(valid(refs))
    await expectUpdateRefused(ctx.payload, { collection, data: invalid(refs), id, message, paths })
  })
})

describe('documents at the edge of a rule', () => {
  it('a PDF needs no alternative text', async () => {
    const pdf = await ctx.payload.create({ collection: 'media', data: {}, file: pdfFile() })
    expect(pdf.mimeType).toBe('application/pdf')
    expect(pdf.alt ?? null).toBeNull()
  })

  it('a session may start just after midnight in Berlin on the event’s first day', async () => {
    // 22:30 UTC on 11 May is 00:30 on 12 May in Berlin
    const data = sessionData(refs.event, { end: '2025-05-11T23:30:00.000Z', start: '2025-05-11T22:30:00.000Z' })
    const session = await ctx.payload.create({ collection: 'sessions', data })
    expect(session.start).toBe('2025-05-11T22:30:00.000Z')
  })

  it('a session may run later than the event’s own end time on its last day', async () => {
    const data = sessionData(refs.event, { end: '2025-05-13T19:00:00.000Z', start: '2025-05-13T17:00:00.000Z' })
    const session = await ctx.payload.create({ collection: 'sessions', data })
    expect(session.end).toBe('2025-05-13T19:00:00.000Z')
  })

  it('a session’s event must exist', async () => {
    await expectRefused(
      ctx.payload.create({ collection: 'sessions', data: sessionData(unknownIdLike(refs.event)) }),
      ['end', 'event', 'start'],
      'Die gewählte Veranstaltung gibt es nicht.',
    )
  })
})
