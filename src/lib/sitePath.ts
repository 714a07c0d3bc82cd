/**
 * Control characters: browsers drop tab, CR and LF from an address (so `/\t/evil.example` becomes
 * `//evil.example`, another host), and CR or LF in a Location header breaks the answer.
 */
const control = /[\u0000-\u001F\u007F]/

/** A single leading slash, then no `//`, no backslash (browsers read `\` as `/`) and no control. */
const looksLikeSitePath = (path: string): boolean =>
  path.startsWith('/') && !path.includes('//') && !path.includes('\\') && !control.test(path)

/**
 * The path to redirect to, if `value` is a path on this site (`origin`), else undefined. Checked as
 * given and percent-decoded (`/%2F%2Fevil`), then resolved against the origin, which must stay
 * the same. The answer is the resolved path, query and fragment, percent-encoded as a header needs.
 */
export const sitePath = (value: string | null | undefined, origin: string): string | undefined => {
  if (!value || !looksLikeSitePath(value)) return undefined
  let decoded: string
  try {
    decoded = decodeURIComponent(value)
  } catch {
    return undefined
  }
  if (!looksLikeSitePath(decoded)) return undefined
  const site = new URL(origin).origin
  const url = new URL(value, site)
  return url.origin === site ? `${url.pathname}${url.search}${url.hash}` : undefined
}
