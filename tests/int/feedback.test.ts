import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'

import { feedbackRetentionDays } from '../../frontend/collections/FeedbackMessages/limits'
import type { FeedbackPost } from '../../frontend/feedback/fields'
import { feedbackRateLimit, forgetRateLimits } from '../../frontend/feedback/rateLimit'
import { staffEmail } from '../../frontend/feedback/staffEmail'
import { minimumFillMs, startToken } from '../../frontend/feedback/startToken'
import { submitFeedback } from '../../frontend/feedback/submitFeedback'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
let mails: jest.SpiedFunction<TestContext['payload']['sendEmail']>

beforeAll(async () => {
  ctx = await startPayload()
  // watches the e-mails that go out through whatever adapter is configured; they still go out
  mails = jest.spyOn(ctx.payload, 'sendEmail')
})

afterAll(async () => {
  mails?.mockRestore()
  await ctx?.close()
})

const now = new Date('2026-12-01T10:00:00Z')
const rendered = new Date(now.getTime() - 60_000)

const post = (values: Partial<FeedbackPost> = {}): FeedbackPost => ({
  email: 'leserin@example.org',
  locale: 'de',
  message: 'Die Tabelle im Programm ist mit dem Screenreader schwer zu lesen.',
  name: 'Erika Muster',
  origin: 'accessibility',
  started: startToken(rendered),
  website: '',
  ...values,
})

const stored = () => ctx.payload.find({ collection: 'feedback-messages', overrideAccess: true, pagination: false, sort: 'createdAt' })

beforeEach(async () => {
  forgetRateLimits()
  mails.mockClear()
  await ctx.payload.delete({ collection: 'feedback-messages', overrideAccess: true, where: { id: { exists: true } } })
})

describe('a feedback message', () => {
  it('is stored for the editors and e-mailed to the staff address', async () => {
    expect(await submitFeedback(ctx.payload, post(), '192.0.2.1', now)).toEqual({ kind: 'sent' })
    const { docs } = await stored()
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ email: 'leserin@example.org', locale: 'de', name: 'Erika Muster', origin: 'accessibility' })
    expect(mails).toHaveBeenCalledTimes(1)
    const mail = mails.mock.calls[0][0] as { to: string; replyTo: string; subject: string; text: string }
    expect(mail.to).toBe(staffEmail())
    expect(mail.replyTo).toBe('leserin@example.org')
    expect(mail.subject).toBe('Rückmeldung zur Barrierefreiheit (Website)')
    expect(mail.text).toContain('Die Tabelle im Programm ist mit dem Screenreader schwer zu lesen.')
  })

  it.each([
    ['no e-mail address', { email: '' }, { email: 'required' }],
    ['an address that is none', { email: 'leserin-at-example.org' }, { email: 'invalidEmail' }],
    ['an address without a domain', { email: 'leserin@example' }, { email: 'invalidEmail' }],
    ['no message', { message: '   ' }, { message: 'required' }],
    ['a message over 5000 characters', { message: 'x'.repeat(5001) }, { message: 'tooLong' }],
    ['a name over 200 characters', { name: 'N'.repeat(201) }, { name: 'tooLong' }],
    ['two bad fields at once', { email: '', message: '' }, { email: 'required', message: 'required' }],
  ])('with %s is refused with status 400, each error on its field, what was typed kept', async (_, values, errors) => {
    const sent = post(values)
    const outcome = await submitFeedback(ctx.payload, sent, '192.0.2.2', now)
    expect(outcome).toEqual({ kind: 'refused', state: { errors, values: { email: sent.email, message: sent.message, name: sent.name } }, status: 400 })
    expect((await stored()).totalDocs).toBe(0)
    expect(mails).not.toHaveBeenCalled()
  })

  it('with the hidden honeypot field filled in is thanked for but neither stored nor sent', async () => {
    expect(await submitFeedback(ctx.payload, post({ website: 'https://spam.example' }), '192.0.2.3', now)).toEqual({ kind: 'ignored' })
    expect((await stored()).totalDocs).toBe(0)
    expect(mails).not.toHaveBeenCalled()
  })

  it('sent sooner than a person can fill in the form is refused; so is one with a forged or missing time', async () => {
    const tooSoon = startToken(new Date(now.getTime() - minimumFillMs + 1))
    const forged = `${rendered.getTime()}.forged`
    for (const started of [tooSoon, forged, '', String(rendered.getTime())]) {
      const outcome = await submitFeedback(ctx.payload, post({ started }), '192.0.2.4', now)
      expect(outcome).toMatchObject({ kind: 'refused', state: { errors: { form: 'tooFast' } }, status: 400 })
    }
    expect((await stored()).totalDocs).toBe(0)
    expect(await submitFeedback(ctx.payload, post({ started: startToken(new Date(now.getTime() - minimumFillMs)) }), '192.0.2.4', now)).toEqual({ kind: 'sent' })
  })

  it(`is refused with status 429 after ${feedbackRateLimit.limit} from one address within the hour; other addresses go on`, async () => {
    for (let index = 0; index < feedbackRateLimit.limit; index += 1) {
      expect(await submitFeedback(ctx.payload, post(), '198.51.100.7', now)).toEqual({ kind: 'sent' })
    }
    const over = await submitFeedback(ctx.payload, post(), '198.51.100.7', now)
    expect(over).toMatchObject({ kind: 'refused', state: { errors: { form: 'tooMany' } }, status: 429 })
    expect(await submitFeedback(ctx.payload, post(), '198.51.100.8', now)).toEqual({ kind: 'sent' })
    const later = new Date(now.getTime() + feedbackRateLimit.windowMs)
    expect(await submitFeedback(ctx.payload, post({ started: startToken(now) }), '198.51.100.7', later)).toEqual({ kind: 'sent' })
    expect((await stored()).totalDocs).toBe(feedbackRateLimit.limit + 2)
  })
})

describe('the retention job', () => {
  it(`deletes messages older than ${feedbackRetentionDays} days and keeps the others`, async () => {
    const dayMs = 24 * 60 * 60 * 1000
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * dayMs).toISOString()
    for (const [message, daysAgo] of [['alt', feedbackRetentionDays + 1], ['knapp', feedbackRetentionDays - 1], ['neu', 0]] as const) {
      await ctx.payload.create({
        collection: 'feedback-messages',
        data: { createdAt: at(daysAgo), email: 'a@example.org', locale: 'de', message, origin: 'contact' },
        overrideAccess: true,
      })
    }
    await ctx.payload.jobs.queue({ input: {}, task: 'deleteOldFeedback' })
    await ctx.payload.jobs.run()
    expect((await stored()).docs.map((doc) => doc.message)).toEqual(['knapp', 'neu'])
  })

  it('is scheduled daily', () => {
    const task = ctx.payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'deleteOldFeedback')
    expect(task?.schedule).toEqual([{ cron: '15 3 * * *', queue: 'default' }])
  })
})
