/** Only web, mail and phone links, and paths of this site; anything else (e.g. javascript:) is dropped. */
export const safeUrl = (value: string | null | undefined): string | undefined => {
  const url = value?.trim()
  if (!url) return undefined
  if (/^(https?:|mailto:|tel:)/i.test(url)) return url
  if (url.startsWith('/') && !url.startsWith('//')) return url
  if (url.startsWith('#')) return url
  return undefined
}

/** Whether a link leaves this site. */
export const isExternal = (url: string): boolean => /^https?:/i.test(url)
