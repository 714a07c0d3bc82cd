import type { ReactNode } from 'react'

import '../styles/global.css'
import type { Locale } from '../i18n/dictionary'

/**
 * The document of one language's root layout: <html lang> must match the page, so German and
 * English pages live under two root layouts that both use this.
 */
export const rootLayout = (locale: Locale) =>
  function RootLayout({ children }: { children: ReactNode }) {
    return (
      <html lang={locale}>
        <body>{children}</body>
      </html>
    )
  }
