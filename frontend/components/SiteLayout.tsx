import type { ReactNode } from 'react'

import { t, type Locale } from '../i18n/dictionary'
import { homePath, pagePath } from '../i18n/routes'
import { feedPaths } from '../lib/exportLinks'
import { SitePagesNav } from './SitePagesNav'
import { LanguageSwitch } from './LanguageSwitch'
import { PreviewNotice } from './PreviewNotice'

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
  const feeds = feedPaths(locale)
  const mapPath = pagePath(locale, 'map')
  return (
    <>
      <a className="skip-link" href="#content">
        {text.skipToContent}
      </a>
      <PreviewNotice locale={locale} path={paths[locale]} />
      <header className="site-header">
        <div className="wrap site-header__inner">
          <a className="site-name" href={homePath(locale)}>
            {text.siteName}
          </a>
          <nav aria-label={text.mainNav} className="site-nav">
            <ul>
              <li>
                <a aria-current={paths[locale].split('?')[0] === mapPath ? 'page' : undefined} href={mapPath}>
                  {text.mapNav}
                </a>
              </li>
            </ul>
          </nav>
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
          <SitePagesNav current={paths[locale]} locale={locale} />
          <nav aria-labelledby="site-feeds" className="subscribe">
            <p id="site-feeds">{text.subscribe}:</p>
            <ul className="inline-list">
              <li>
                <a href={feeds.rss} type="application/rss+xml">
                  {text.feedRss}
                </a>
              </li>
              <li>
                <a href={feeds.atom} type="application/atom+xml">
                  {text.feedAtom}
                </a>
              </li>
              <li>
                <a href={feeds.ics} type="text/calendar">
                  {text.feedCalendar}
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </>
  )
}
