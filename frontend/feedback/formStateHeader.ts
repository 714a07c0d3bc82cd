import type { FeedbackErrors, FeedbackFormState } from './fields'
import { sign, unsign } from './signing'

/**
 * The request header that carries a refused post's errors and values from the form's handler to
 * the form page it renders again (src/app/(frontend)/feedback/route.ts). Signed, so no one else
 * can make the page show a text of their choosing as "what you typed".
 */
export const formStateHeader = 'x-feedback-state'

export const encodeFormState = (state: FeedbackFormState): string => sign(Buffer.from(JSON.stringify(state)).toString('base64url'))

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

export const decodeFormState = (header: string | null): FeedbackFormState | undefined => {
  const encoded = unsign(header)
  if (!encoded) return undefined
  const state = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as { errors?: FeedbackErrors; values?: Record<string, unknown> }
  const values = state.values ?? {}
  return { errors: state.errors ?? {}, values: { email: text(values.email), message: text(values.message), name: text(values.name) } }
}
