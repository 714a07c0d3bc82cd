/** The fields of a populated media document that the site reads. */
export type MediaDoc = {
  alt?: string | null
  filename?: string | null
  filesize?: number | null
  height?: number | null
  mimeType?: string | null
  sizes?: Record<string, { url?: string | null; width?: number | null; height?: number | null } | undefined> | null
  url?: string | null
  width?: number | null
}

/** The fields to ask Payload for when populating media (use in `populate`). */
export const mediaFields = {
  alt: true,
  filename: true,
  filesize: true,
  height: true,
  mimeType: true,
  sizes: true,
  url: true,
  width: true,
} as const

export const isImage = (media: MediaDoc): boolean => Boolean(media.mimeType?.startsWith('image/') && media.url)

/** "url 300w, url 640w, …" from Payload's image sizes and the original, smallest first. */
export const srcSet = (media: MediaDoc): string => {
  const candidates = [...Object.values(media.sizes ?? {}), { url: media.url, width: media.width }]
  const byWidth = new Map<number, string>()
  for (const candidate of candidates) {
    if (candidate?.url && candidate.width && !byWidth.has(candidate.width)) byWidth.set(candidate.width, candidate.url)
  }
  return [...byWidth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([width, url]) => `${url} ${width}w`)
    .join(', ')
}

/** The file type shown next to a download, e.g. "PDF". */
export const fileType = (media: MediaDoc): string =>
  (media.mimeType?.split('/')[1] ?? media.filename?.split('.').pop() ?? '').toUpperCase()
