import type { NextRequest } from 'next/server'

import { withoutClientRuntime } from '../cache/withoutClientRuntime.cjs'
import { payloadClient } from '../data/payload'
import { t } from '../i18n/dictionary'
import { pagePath } from '../i18n/routes'
import { type FeedbackField, readFeedbackPost, type FeedbackPost } from './fields'
import { encodeFormState, formStateHeader } from './formStateHeader'
import { submitFeedback } from './submitFeedback'

/**
 * The sender's address for the rate limit: the last X-Forwarded-For entry, which the server in
 * front of the app (Next itself, or nginx) appended; earlier entries are the client's own word.
 */
const senderAddress = (request: NextRequest): string =>
  request.headers.get('x-forwarded-for')?.split(',').pop()?.trim() || 'unknown'

const formPath = (post: FeedbackPost): string => pagePath(post.locale, post.origin === 'accessibility' ? 'accessibility' : 'contact')

/** This server's own address: `next start` sets it, behind a proxy the request's host may not reach us. */
const ownOrigin = (request: NextRequest): string => process.env.__NEXT_PRIVATE_ORIGIN || request.nextUrl.origin

/**
 * POST /feedback: a sent message leads to the thank-you page (303, so reloading does not send it
 * again). A refused one is answered with its form page again, errors and typed values in it, with
 * status 400 (429 over the rate limit). The page is the site's own render of the form page,
 * fetched from this server with the signed state, so it looks exactly like the form page.
 */
export const answerFeedback = async (request: NextRequest): Promise<Response> => {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return new Response('The form must be sent as application/x-www-form-urlencoded or multipart/form-data.', { status: 400 })
  }
  const post = readFeedbackPost(form)
  const outcome = await submitFeedback(await payloadClient(), post, senderAddress(request))
  if (outcome.kind !== 'refused') {
    return new Response(null, { headers: { Location: pagePath(post.locale, 'contactThanks') }, status: 303 })
  }
  const headers = { 'Cache-Control': 'private, no-store' }
  try {
    const page = await fetch(new URL(formPath(post), ownOrigin(request)), {
      cache: 'no-store',
      headers: { [formStateHeader]: encodeFormState(outcome.state) },
    })
    if (!page.ok) throw new Error(`the form page answered ${page.status}`)
    return new Response(withoutClientRuntime(await page.text()), {
      headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
      status: outcome.status,
    })
  } catch (error) {
    // the refusal still names each field, if only as text
    const text = t(post.locale)
    const problems = Object.entries(outcome.state.errors).map(([field, problem]) => `${field}: ${text.feedbackErrors[field as FeedbackField | 'form'][problem]}`)
    ;(await payloadClient()).logger.error({ err: error, msg: 'The feedback form page could not be rendered again' })
    return new Response([text.feedbackErrorSummary, ...problems].join('\n'), {
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
      status: outcome.status,
    })
  }
}
