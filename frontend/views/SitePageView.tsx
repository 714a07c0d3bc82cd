import type { ReactNode } from 'react'

import { RichText } from '../components/RichText'
import { SignVideo } from '../components/SignVideo'
import { SiteLayout } from '../components/SiteLayout'
import type { SitePageDoc } from '../data/sitePage'
import type { Locale } from '../i18n/dictionary'
import { alternates } from '../i18n/routes'
import type { MediaDoc } from '../lib/media'
import { populated } from '../lib/populated'

type Props = { locale: Locale; page: SitePageDoc; children?: ReactNode }

/** A site page (Impressum, privacy, accessibility, Leichte Sprache, DGS): title, its video if any, the text; then `children` (the feedback form). */
export const SitePageView = ({ locale, page, children }: Props) => {
  const video = populated(page.video as MediaDoc | number | null | undefined)
  return (
    <SiteLayout locale={locale} paths={alternates(page.key)}>
      <article className="site-page">
        <h1>{page.title}</h1>
        {video ? <SignVideo locale={locale} media={video} title={page.title} /> : null}
        <RichText data={page.content} locale={locale} topHeading={2} />
      </article>
      {children}
    </SiteLayout>
  )
}
