import { pageKeys } from '../collections/Pages/keys'
import { t, type Locale } from '../i18n/dictionary'
import { pagePath } from '../i18n/routes'

/** The footer's links to the site's pages (Impressum, privacy, accessibility, …) and the contact form, on every page. */
export const SitePagesNav = ({ locale, current }: { locale: Locale; current: string }) => {
  const text = t(locale)
  return (
    <nav aria-label={text.sitePagesNav} className="site-pages">
      <ul className="inline-list">
        {[...pageKeys, 'contact' as const].map((key) => {
          const path = pagePath(locale, key)
          return (
            <li key={key}>
              <a aria-current={current === path ? 'page' : undefined} href={path}>
                {text.sitePages[key]}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
