import { FeedbackForm } from '../components/FeedbackForm'
import { SiteLayout } from '../components/SiteLayout'
import type { FeedbackFormState } from '../feedback/fields'
import { t, type Locale } from '../i18n/dictionary'
import { alternates } from '../i18n/routes'

/** `/kontakt`: the feedback and contact form on a page of its own. */
export const ContactView = ({ locale, state }: { locale: Locale; state?: FeedbackFormState }) => {
  const text = t(locale)
  return (
    <SiteLayout locale={locale} paths={alternates('contact')}>
      <h1>{text.sitePages.contact}</h1>
      <p className="lead">{text.contactIntro}</p>
      <FeedbackForm locale={locale} origin="contact" state={state} />
    </SiteLayout>
  )
}

/** `/kontakt/danke`: where a sent form leads. */
export const ThanksView = ({ locale }: { locale: Locale }) => {
  const text = t(locale)
  return (
    <SiteLayout locale={locale} paths={alternates('contactThanks')}>
      <h1>{text.feedbackThanksTitle}</h1>
      <p>{text.feedbackThanksText}</p>
      <p>
        <a href={alternates('home')[locale]}>{text.feedbackBack}</a>
      </p>
    </SiteLayout>
  )
}
