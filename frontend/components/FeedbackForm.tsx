import { feedbackLimits, feedbackRetentionDays } from '../collections/FeedbackMessages/limits'
import type { FeedbackErrors, FeedbackField, FeedbackFormState, FeedbackOrigin } from '../feedback/fields'
import { startToken } from '../feedback/startToken'
import { t, type Locale } from '../i18n/dictionary'
import { pagePath } from '../i18n/routes'
import { Heading, type Level } from './Heading'

/** Where the form posts to (src/app/(frontend)/feedback/route.ts). */
export const feedbackAction = '/feedback'

type Props = {
  locale: Locale
  origin: FeedbackOrigin
  /** The refused post's errors and values, shown again. */
  state?: FeedbackFormState
  level?: Level
}

const fieldOrder: (FeedbackField | 'form')[] = ['form', 'name', 'email', 'message']

/**
 * The feedback and contact form (BITV 2.0 feedback mechanism): a plain HTML form that works
 * without JavaScript. After a refused post it comes back with a summary of the errors linking to
 * the fields, each error beside its field (aria-describedby), and what was typed.
 * `started` is the signed time of this render (minimum fill time); `website` is a honeypot that
 * people neither see nor reach by keyboard.
 */
export const FeedbackForm = ({ locale, origin, state, level = 2 }: Props) => {
  const text = t(locale)
  const errors: FeedbackErrors = state?.errors ?? {}
  const values = state?.values
  const id = (field: string) => `feedback-${field}`
  const errorText = (field: FeedbackField | 'form') => {
    const error = errors[field]
    return error ? text.feedbackErrors[field][error] : undefined
  }
  const describedBy = (field: FeedbackField, hint?: string) =>
    [hint, errors[field] ? id(`${field}-error`) : undefined].filter(Boolean).join(' ') || undefined
  const fieldError = (field: FeedbackField) =>
    errors[field] ? (
      <p className="field-error" id={id(`${field}-error`)}>
        {errorText(field)}
      </p>
    ) : null
  const listed = fieldOrder.filter((field) => errors[field])
  return (
    <form action={feedbackAction} aria-labelledby="feedback-heading" className="feedback-form" method="post">
      <Heading id="feedback-heading" level={level}>
        {text.feedbackHeading}
      </Heading>
      {listed.length ? (
        // the browser focuses the summary when the page opens (autofocus works without JavaScript)
        <div autoFocus className="error-summary" role="alert" tabIndex={-1}>
          <p className="error-summary__title">{text.feedbackErrorSummary}</p>
          <ul>
            {listed.map((field) => (
              <li key={field}>{field === 'form' ? errorText(field) : <a href={`#${id(field)}`}>{errorText(field)}</a>}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>{text.feedbackIntro}</p>
      <input name="locale" type="hidden" value={locale} />
      <input name="origin" type="hidden" value={origin} />
      <input name="started" type="hidden" value={startToken()} />
      <div className="field">
        <label htmlFor={id('name')}>{text.feedbackName}</label>
        <input
          aria-describedby={describedBy('name')}
          aria-invalid={errors.name ? true : undefined}
          autoComplete="name"
          defaultValue={values?.name}
          id={id('name')}
          maxLength={feedbackLimits.name}
          name="name"
          type="text"
        />
        {fieldError('name')}
      </div>
      <div className="field">
        <label htmlFor={id('email')}>{text.feedbackEmail}</label>
        <p className="field-hint" id={id('email-hint')}>
          {text.feedbackEmailHint}
        </p>
        <input
          aria-describedby={describedBy('email', id('email-hint'))}
          aria-invalid={errors.email ? true : undefined}
          autoComplete="email"
          defaultValue={values?.email}
          id={id('email')}
          name="email"
          required
          type="email"
        />
        {fieldError('email')}
      </div>
      <div className="field">
        <label htmlFor={id('message')}>{text.feedbackMessage}</label>
        <textarea
          aria-describedby={describedBy('message')}
          aria-invalid={errors.message ? true : undefined}
          defaultValue={values?.message}
          id={id('message')}
          maxLength={feedbackLimits.message}
          name="message"
          required
          rows={8}
        />
        {fieldError('message')}
      </div>
      <div aria-hidden="true" className="feedback-form__trap">
        <label htmlFor={id('website')}>{text.feedbackHoneypot}</label>
        <input autoComplete="off" id={id('website')} name="website" tabIndex={-1} type="text" />
      </div>
      <p className="field-hint">
        {text.feedbackPrivacy(feedbackRetentionDays)} <a href={pagePath(locale, 'privacy')}>{text.feedbackPrivacyLink}</a>
      </p>
      <p className="form-actions">
        <button className="button" type="submit">
          {text.feedbackSubmit}
        </button>
      </p>
    </form>
  )
}
