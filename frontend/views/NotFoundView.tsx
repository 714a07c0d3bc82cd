import { SiteLayout } from '../components/SiteLayout'
import { t, type Locale } from '../i18n/dictionary'
import { alternates, homePath } from '../i18n/routes'

/** The 404 page of one language; its language switch leads to the other language's start page. */
export const NotFoundView = ({ locale }: { locale: Locale }) => {
  const text = t(locale)
  return (
    <SiteLayout locale={locale} paths={alternates('home')}>
      <title>{`${text.notFoundTitle} – ${text.siteShortName}`}</title>
      <h1>{text.notFoundTitle}</h1>
      <p>{text.notFoundText}</p>
      <p>
        <a href={homePath(locale)}>{text.backToHome}</a>
      </p>
    </SiteLayout>
  )
}
