import { notFound } from 'next/navigation'

import type { Locale } from '../i18n/dictionary'
import { NotFoundView } from '../views/NotFoundView'

/** not-found.tsx of one root layout: the styled 404 page in its language. */
export const notFoundPage = (locale: Locale) =>
  function NotFound() {
    return <NotFoundView locale={locale} />
  }

/** The catch-all pages: every path no other route matches gets the styled 404 of its language. */
export const UnknownPage = (): never => notFound()
