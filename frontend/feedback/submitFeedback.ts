import type { Payload } from 'payload'

import { t } from '../i18n/dictionary'
import type { FeedbackErrors, FeedbackFormState, FeedbackPost } from './fields'
import { withinRateLimit } from './rateLimit'
import { staffEmail } from './staffEmail'
import { filledSlowly } from './startToken'
import { validateFeedback } from './validate'

export type FeedbackOutcome =
  | { kind: 'sent' }
  /** The honeypot was filled: a bot gets the thank-you page, and nothing is kept or sent. */
  | { kind: 'ignored' }
  | { kind: 'refused'; status: 400 | 429; state: FeedbackFormState }

/**
 * Handles one posted feedback form from `address` (the sender's IP): checks it, stores the
 * message for the editors and e-mails the staff address. A refused post stores and sends nothing.
 */
export const submitFeedback = async (payload: Payload, post: FeedbackPost, address: string, now = new Date()): Promise<FeedbackOutcome> => {
  const values = { email: post.email, message: post.message, name: post.name }
  const refused = (status: 400 | 429, errors: FeedbackErrors): FeedbackOutcome => ({ kind: 'refused', state: { errors, values }, status })
  if (post.website) return { kind: 'ignored' }
  const errors = validateFeedback(values)
  if (Object.keys(errors).length) return refused(400, errors)
  if (!filledSlowly(post.started, now)) return refused(400, { form: 'tooFast' })
  if (!withinRateLimit(address, now.getTime())) return refused(429, { form: 'tooMany' })
  const stored = await payload.create({
    collection: 'feedback-messages',
    data: { ...values, locale: post.locale, origin: post.origin },
    overrideAccess: true,
  })
  // the message is stored either way: a mail server that is down must not lose it
  try {
    const mail = t('de').feedbackMail
    await payload.sendEmail({
      replyTo: post.email,
      subject: mail.subject(post.origin),
      text: mail.body({ ...values, id: String(stored.id), locale: post.locale }),
      to: staffEmail(),
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'The feedback message was stored, but the e-mail to the staff failed' })
  }
  return { kind: 'sent' }
}
