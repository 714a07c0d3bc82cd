import { previewUser } from '../data/readOptions'
import { t, type Locale } from '../i18n/dictionary'

/** Tells an editor in preview that drafts show, with the way back to the published page. */
export const PreviewNotice = async ({ locale, path }: { locale: Locale; path: string }) => {
  if (!(await previewUser())) return null
  const text = t(locale)
  return (
    <p className="preview-notice" role="status">
      {text.previewNotice}
      <a href={`/preview/exit?${new URLSearchParams({ path })}`}>{text.previewExit}</a>
    </p>
  )
}
