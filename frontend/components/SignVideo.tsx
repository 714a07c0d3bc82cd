import { t, type Locale } from '../i18n/dictionary'
import type { MediaDoc } from '../lib/media'

/**
 * A video from the media collection, played by the browser's own player: no third-party player,
 * nothing loaded before the visitor presses play (preload="none").
 */
export const SignVideo = ({ locale, media, title }: { locale: Locale; media: MediaDoc; title: string }) => {
  const text = t(locale)
  if (!media.url || !media.mimeType?.startsWith('video/')) return null
  return (
    <figure className="sign-video">
      <video aria-label={text.videoLabel(title)} controls playsInline preload="none">
        <source src={media.url} type={media.mimeType} />
        <p>
          {text.videoUnsupported} <a href={media.url}>{text.videoDownload}</a>
        </p>
      </video>
    </figure>
  )
}
