/**
 * A page that answers 404 (an unknown slug, an unknown address) is never stored, and tells caches
 * not to keep it either.
 *
 * Why: Next stores every page a route renders, 404s included, and sends them with the route's
 * Cache-Control (`s-maxage=31536000`, a year, for event pages and unknown addresses). Any visitor
 * could fill the disk with made-up addresses (about 45 kB in 7 files each), and a CDN would keep
 * answering 404 for a year at an address whose event has been published since. Rendering a 404
 * costs one indexed query, so it is rendered for every request instead.
 *
 * Next sends the very value it hands the cache handler to store, so the handler sets the header
 * here: Next's own Cache-Control is only added when the answer carries none. The 404 page loses
 * Next's client runtime as every page served from the cache does (it has no client components).
 *
 * Plain CommonJS, as the cache handler that uses it.
 */
const { withoutClientRuntime } = require('./withoutClientRuntime.cjs')

/** What Next itself sends with answers it does not keep (e.g. a draft preview). */
const notKept = 'private, no-cache, no-store, max-age=0, must-revalidate'

const isNotFoundPage = (value) => value?.kind === 'APP_PAGE' && value.status === 404

/** Makes the value Next is about to send a 404 that no cache keeps. */
const answerWithoutKeeping = (value) => {
  value.headers = { ...value.headers, 'cache-control': notKept }
  if (typeof value.html === 'string') value.html = withoutClientRuntime(value.html)
}

module.exports = { answerWithoutKeeping, isNotFoundPage, notKept }
