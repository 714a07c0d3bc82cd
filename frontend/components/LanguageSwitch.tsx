import { t, type Locale } from '../i18n/dictionary'
import { locales } from '../i18n/routes'

type Props = { locale: Locale; paths: Record<Locale, string> }

/** Links to the same page in the other language(s). */
export const LanguageSwitch = ({ locale, paths }: Props) => {
  const text = t(locale)
  return (
    <nav aria-label={text.languageNav} className="language-switch">
      <ul>
        {locales.map((other) =>
          other === locale ? (
            <li key={other}>
              <span aria-current="page" lang={other}>
                {t(other).languageNames[other]}
              </span>
            </li>
          ) : (
            <li key={other}>
              <a href={paths[other]} hrefLang={other} lang={other}>
                {t(other).languageNames[other]}
                <span className="visually-hidden">{t(other).switchTo[other]}</span>
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  )
}
