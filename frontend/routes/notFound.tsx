import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import type { Locale } from '../i18n/dictionary'
import { NotFoundView } from '../views/NotFoundView'

/** not-found.tsx of one root layout: the styled 404 page in its language. */
export const notFoundPage = (locale: Locale) =>
  function NotFound() {
    return <NotFoundView locale={locale} />
  }

const Missing = (): never => notFound()

/**
 * What a page renders for an unknown slug: a 404 whose page is in the server's HTML.
 * `notFound()` thrown by the page itself makes Next 16 send an empty error document for ISR
 * routes and leave the 404 page to client-side JavaScript (vercel/next.js#62228, #95613). Thrown
 * inside a Suspense boundary, it still sets the 404 status, the server's HTML carries the
 * boundary's fallback (the 404 view), and the browser's not-found boundary takes over the same view.
 */
export const NotFoundAnswer = ({ locale }: { locale: Locale }) => (
  <Suspense fallback={<NotFoundView locale={locale} />}>
    <Missing />
  </Suspense>
)

/** The catch-all pages: every path no other route matches gets the styled 404 of its language. */
export const unknownPage = (locale: Locale) =>
  function UnknownPage() {
    return <NotFoundAnswer locale={locale} />
  }
