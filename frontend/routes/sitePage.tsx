import type { Metadata } from 'next'
import { headers } from 'next/headers'

import type { PageKey } from '../collections/Pages/keys'
import { FeedbackForm } from '../components/FeedbackForm'
import { loadSitePage } from '../data/sitePage'
import { decodeFormState, formStateHeader } from '../feedback/formStateHeader'
import { t, type Locale } from '../i18n/dictionary'
import { alternates } from '../i18n/routes'
import { notFoundMetadata, pageMetadata } from '../lib/metadata'
import { ContactView, ThanksView } from '../views/ContactView'
import { SitePageView } from '../views/SitePageView'
import { NotFoundAnswer } from './notFound'

/** What a form page shows again after a refused post (set only by the form's handler). */
const refusedPost = async () => decodeFormState((await headers()).get(formStateHeader))

/** `/impressum`, `/datenschutz`, … and `/en/imprint`, …: a page of the `pages` collection; 404 while it is unpublished. */
export const sitePage = (locale: Locale, key: PageKey) =>
  async function SitePage() {
    const page = await loadSitePage(locale, key)
    if (!page) return <NotFoundAnswer locale={locale} />
    return <SitePageView locale={locale} page={page} />
  }

/**
 * `/barrierefreiheit` and `/en/accessibility`: the statement with the feedback form. Rendered per
 * request, as the form carries the time it was rendered (the minimum fill time).
 */
export const accessibilityPage = (locale: Locale) =>
  async function AccessibilityPage() {
    const page = await loadSitePage(locale, 'accessibility')
    if (!page) return <NotFoundAnswer locale={locale} />
    return (
      <SitePageView locale={locale} page={page}>
        <FeedbackForm locale={locale} origin="accessibility" state={await refusedPost()} />
      </SitePageView>
    )
  }

export const sitePageMetadata =
  (locale: Locale, key: PageKey) =>
  async (): Promise<Metadata> => {
    const page = await loadSitePage(locale, key)
    if (!page) return notFoundMetadata(locale)
    return pageMetadata({ description: page.seo?.description, locale, paths: alternates(key), title: page.seo?.title || page.title })
  }

/** `/kontakt` and `/en/contact`: the form alone, rendered per request like the accessibility page. */
export const contactPage = (locale: Locale) =>
  async function ContactPage() {
    return <ContactView locale={locale} state={await refusedPost()} />
  }

export const contactMetadata = (locale: Locale) =>
  pageMetadata({ description: t(locale).contactIntro, locale, paths: alternates('contact'), title: t(locale).sitePages.contact })

export const thanksPage = (locale: Locale) =>
  function ThanksPage() {
    return <ThanksView locale={locale} />
  }

export const thanksMetadata = (locale: Locale) =>
  ({ ...pageMetadata({ locale, paths: alternates('contactThanks'), title: t(locale).feedbackThanksTitle }), robots: { index: false } }) as Metadata
