/**
 * The Cache-Control of a public page served from Next's cache: shared caches (nginx in front, a
 * CDN) may keep it for one second and hand out the kept copy for two more while they fetch the new
 * one; browsers ask again every time.
 *
 * Why: Next sends `s-maxage=31536000` (a year) with pages that have no time-based revalidation
 * (event pages) and `s-maxage=3600` with the others. Next itself refreshes a page the moment an
 * editor changes it, but a proxy or CDN that honours that header would keep the old page for a
 * year. One second is enough to absorb a rush (nginx answers thousands of requests per second from
 * its micro-cache, README "Production"), and a publish shows everywhere within about two seconds.
 *
 * Next sends the header a cached page carries and adds its own only when there is none, so the
 * cache handler puts this one on every page it stores or hands out. 404s are not kept at all
 * (./notFoundAnswers.cjs); draft previews never come from the cache and keep Next's `no-store`.
 *
 * Plain CommonJS, as the cache handler that uses it.
 */
const publicPage = 'public, max-age=0, s-maxage=1, stale-while-revalidate=2'

/** The page value with the short-lived public Cache-Control (a copy; Next may reuse the original). */
const withPublicCacheControl = (value) => ({ ...value, headers: { ...value.headers, 'cache-control': publicPage } })

module.exports = { publicPage, withPublicCacheControl }
