import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a preview link from the admin panel works. */
export const previewLifetimeMs = 60 * 60 * 1000

export type PreviewQuery = { path: string; expires: string; signature: string }

const sign = (path: string, expires: string, secret: string): string =>
  createHmac('sha256', secret).update(`preview\n${path}\n${expires}`).digest('base64url')

/** The query of a preview link to `path` that stops working at `expires` (ms since 1970). */
export const signPreview = (path: string, secret: string, expires: number): PreviewQuery => ({
  expires: String(expires),
  path,
  signature: sign(path, String(expires), secret),
})

/**
 * Whether a preview link is genuine and unexpired. Only a path on this site (`/…`, not `//host`)
 * counts, so a signed link can never redirect elsewhere.
 */
export const verifyPreview = (
  { expires, path, signature }: Partial<PreviewQuery>,
  secret: string,
  now: number = Date.now(),
): boolean => {
  if (!path || !expires || !signature || !/^\/(?![/\\])/.test(path) || !/^\d+$/.test(expires)) return false
  if (Number(expires) < now) return false
  const expected = Buffer.from(sign(path, expires, secret))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
