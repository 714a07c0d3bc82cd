/**
 * Issue 16: Payload's admin refills the edit form from the answer to a save. A save in English
 * (as the admin's publish button sends it: `?depth=0&locale=en`, no `fallback-locale`) must answer
 * with the English fields as stored, so the form never holds German copies that a later save
 * would store as English. Reads keep falling back to German.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createEvent, type Id, pdfFile, removeMedia, richText } from '../helpers/fixtures'
import { type ApiContext, type Json, startApi } from '../helpers/rest'

let ctx: ApiContext
let pdf: Id

beforeAll(async () => {
  ctx = await startApi()
  pdf = (await ctx.payload.create({ collection: 'media', data: { caption: 'Programmheft' }, file: pdfFile() })).id
})

afterAll(async () => {
  if (ctx) await removeMedia(ctx.payload)
  await ctx?.close()
})

/** An event written in German only, in every kind of localised field. */
const germanEvent = () =>
  createEvent(ctx.payload, {
    title: 'Fachtagung',
    summary: 'Zwei Tage Austausch.',
    description: richText('Die Tagung bringt Kommunen zusammen.'),
    registration: { fee: 'Teilnahmegebühr: kostenfrei' },
    documents: [{ file: pdf, label: 'Programmheft' }],
    seo: { title: 'Fachtagung Kommunalfinanzen' },
  })

/** The localised fields of an event that were only written in German. */
const germanOnly = (doc: Json) => ({
  summary: doc.summary ?? null,
  description: doc.description ?? null,
  fee: doc.registration?.fee ?? null,
  documentLabel: doc.documents?.[0]?.label ?? null,
  seoTitle: doc.seo?.title ?? null,
})

const empty = { summary: null, description: null, fee: null, documentLabel: null, seoTitle: null }

const publishInEnglish = (id: Id, data: Record<string, unknown>) =>
  ctx.api.patch(`/api/events/${id}?depth=0&locale=en`, { ...data, _status: 'published' }, ctx.tokens.editor)

describe('a save in English', () => {
  it('answers with the English fields as stored, without German fallback', async () => {
    const event = await germanEvent()
    const { body, status } = await publishInEnglish(event.id, { title: 'Conference' })
    expect(status).toBe(200)
    expect(body.doc.title).toBe('Conference')
    expect(germanOnly(body.doc)).toEqual(empty)
  })

  it('stores no German as English when the answer is saved again, as the admin form does', async () => {
    const event = await germanEvent()
    const { body } = await publishInEnglish(event.id, { title: 'Conference' })
    const id = body.doc.id as Id
    // what the form sends back: the answer's fields, one of them edited
    const form: Record<string, unknown> = { ...body.doc, series: 'Municipal finance', _status: 'draft' }
    for (const key of ['id', 'createdAt', 'updatedAt', 'sessions']) delete form[key]
    const saved = await ctx.api.patch(`/api/events/${id}?depth=0&locale=en&fallback-locale=null&draft=true`, form, ctx.tokens.editor)
    expect(saved.status).toBe(200)

    const english = await ctx.payload.findByID({ collection: 'events', id, locale: 'en', fallbackLocale: false, draft: true })
    expect(english).toMatchObject({ series: 'Municipal finance', title: 'Conference' })
    expect(germanOnly(english)).toEqual(empty)
    const german = await ctx.payload.findByID({ collection: 'events', id, locale: 'de', draft: true })
    expect(germanOnly(german)).toMatchObject({ fee: 'Teilnahmegebühr: kostenfrei', summary: 'Zwei Tage Austausch.' })
  })

  it('leaves reading in English as it was: German where no English text exists', async () => {
    const event = await germanEvent()
    await publishInEnglish(event.id, { title: 'Conference' })
    const { body } = await ctx.api.get(`/api/events/${event.id}?locale=en&depth=0`)
    expect(body).toMatchObject({ registration: { fee: 'Teilnahmegebühr: kostenfrei' }, summary: 'Zwei Tage Austausch.', title: 'Conference' })
  })
})
