import type { Locale } from '../i18n/dictionary'
import { formatFileSize } from '../lib/format'
import { fileType, type MediaDoc } from '../lib/media'
import { populated } from '../lib/populated'

type FileLinkProps = { media: MediaDoc; label?: string | null; locale: Locale }

/** A download link with its type and size, e.g. "Folien zum Vortrag (PDF, 1,2 MB)". */
export const FileLink = ({ media, label, locale }: FileLinkProps) => {
  if (!media.url) return null
  const details = [fileType(media), media.filesize ? formatFileSize(media.filesize, locale) : ''].filter(Boolean)
  return (
    <a href={media.url}>
      {label || media.alt || media.filename}
      {details.length ? <span className="file-details"> ({details.join(', ')})</span> : null}
    </a>
  )
}

type Row = { id?: string | null; file: MediaDoc | number; label?: string | null }

type Props = { files: Row[] | null | undefined; locale: Locale; className?: string }

/** Downloads (event documents, session materials) as a list; nothing when there are none. */
export const FileList = ({ files, locale, className = 'file-list' }: Props) => {
  const rows = (files ?? []).flatMap((row) => {
    const media = populated(row.file)
    return media?.url ? [{ key: row.id ?? media.url, label: row.label, media }] : []
  })
  if (rows.length === 0) return null
  return (
    <ul className={className}>
      {rows.map(({ key, label, media }) => (
        <li key={key}>
          <FileLink label={label} locale={locale} media={media} />
        </li>
      ))}
    </ul>
  )
}
