import { isImage, type MediaDoc, srcSet } from '../lib/media'

type Props = {
  media: MediaDoc
  /** The rendered width for the browser to pick a size, e.g. "(min-width: 40rem) 12rem, 50vw". */
  sizes: string
  className?: string
  /** Alternative text when the media has none (e.g. the person's name); "" for decorative images. */
  fallbackAlt?: string
  /** For the image at the top of a page: load it at once instead of lazily. */
  priority?: boolean
}

/**
 * An uploaded image as a plain <img> with a srcset built from Payload's image sizes: no image
 * optimiser round trip and no client JavaScript. Width and height keep the layout from jumping.
 */
export const Picture = ({ media, sizes, className, fallbackAlt = '', priority = false }: Props) => {
  if (!isImage(media)) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element -- Payload already serves the resized files
    <img
      alt={media.alt || fallbackAlt}
      className={className}
      decoding="async"
      height={media.height ?? undefined}
      fetchPriority={priority ? 'high' : undefined}
      loading={priority ? 'eager' : 'lazy'}
      sizes={sizes}
      src={media.url ?? undefined}
      srcSet={srcSet(media)}
      width={media.width ?? undefined}
    />
  )
}
