import type { Locale } from '../i18n/dictionary'

/** Where a form was sent from: its page, to show it again and to tell editors. */
export const feedbackOrigins = ['contact', 'accessibility'] as const
export type FeedbackOrigin = (typeof feedbackOrigins)[number]

/** What a visitor types; `website` is the honeypot, hidden from people, that bots fill in. */
export type FeedbackValues = { email: string; message: string; name: string }
export type FeedbackField = keyof FeedbackValues

/** Which check a field failed: the form shows the dictionary's text for it beside the field. */
export type FeedbackError = 'required' | 'invalidEmail' | 'tooLong' | 'tooFast' | 'tooMany'

export type FeedbackErrors = Partial<Record<FeedbackField | 'form', FeedbackError>>

/** What the form shows again after a refused post. */
export type FeedbackFormState = { errors: FeedbackErrors; values: FeedbackValues }

export type FeedbackPost = FeedbackValues & {
  locale: Locale
  origin: FeedbackOrigin
  /** The signed time the form was rendered (./startToken.ts). */
  started: string
  website: string
}

const text = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}

/** The posted form, with unknown languages and origins falling back to the contact page in German. */
export const readFeedbackPost = (form: FormData): FeedbackPost => {
  const locale = text(form, 'locale') === 'en' ? 'en' : 'de'
  const origin = feedbackOrigins.find((known) => known === text(form, 'origin')) ?? 'contact'
  return {
    email: text(form, 'email'),
    locale,
    message: text(form, 'message'),
    name: text(form, 'name'),
    origin,
    started: text(form, 'started'),
    website: text(form, 'website'),
  }
}
