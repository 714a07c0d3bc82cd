import type { ReactNode } from 'react'

import { t, type Locale } from '../i18n/dictionary'
import { homePath } from '../i18n/routes'
import { LanguageSwitch } from './LanguageSwitch'

type Props = {
  locale: Locale
  /** This page in every language, from alternates() in i18n/routes, for the language switch. */
  paths: Record<Locale, string>
  children: ReactNode
}

/**
 * The frame of every public page: skip link, header with the site name and the language switch,
 * the page's main content, footer. Each view renders it, because only the page knows its own
 * address in the other language (a layout cannot, without reading the request).
 */
export const SiteLayout = ({ locale, paths, children }: Props) => {
  const text = t(locale)
  return (
    <>
      <a className="skip-link" href="#content">
        {text.skipToContent}
      </a>
      <header className="site-header">
        <div className="wrap site-header__inner">
          <a className="site-name" href={homePath(locale)}>
            {text.siteName}
          </a>
          <LanguageSwitch locale={locale} paths={paths} />
        </div>
      </header>
      <main className="wrap" id="content" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>{text.footerOrganisation}</p>
          <p>{text.footerNote}</p>
        </div>
      </footer>
    </>
  )
}
