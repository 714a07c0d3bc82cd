/**
 * What both cache handlers (./persistentTagsCacheHandler.cjs on one machine,
 * ./sharedCacheHandler.cjs with Redis) do to the public pages they keep:
 * - a stored page is as old as its render's start (./renderStarts.cjs);
 * - 404 pages are not stored and are sent as not to be kept (./notFoundAnswers.cjs);
 * - cached pages are served without Next's client runtime (./withoutClientRuntime.cjs), with a
 *   Cache-Control that lets nginx or a CDN keep them a second (./pageCacheControl.cjs).
 *
 * Plain CommonJS, as the cache handlers that use it.
 */
const { answerWithoutKeeping, isNotFoundPage } = require('./notFoundAnswers.cjs')
const { publicPage, withPublicCacheControl } = require('./pageCacheControl.cjs')
const { renderStarts } = require('./renderStarts.cjs')
const { withoutClientRuntime } = require('./withoutClientRuntime.cjs')

const isPageKind = (kind) => kind === 'APP_PAGE'

/** Cache key → the HTML last read for it and that HTML without the client runtime; the newest few. */
const servedPagesKept = 1000

/**
 * Base (a cache handler class) with the treatment above around its get and set. A page to be
 * stored goes to `storePage(key, data, ctx, began, store)`, called on the handler, where `store`
 * is Base's own set and `began` the time the page's render began.
 */
const withPageServing = (Base, storePage) => {
  const pages = pageServing()
  return class extends Base {
    async get(key, ctx) {
      pages.asking(key, ctx)
      return pages.served(key, await super.get(key, ctx))
    }

    async set(key, data, ctx) {
      if (!isPageKind(data?.kind)) return super.set(key, data, ctx)
      const began = pages.storing(key, data)
      if (began !== undefined) await storePage.call(this, key, data, ctx, began, (value, context) => super.set(key, value, context))
    }
  }
}

const pageServing = () => {
  const renders = renderStarts()
  const servedPages = new Map()

  const servedHtml = (key, html) => {
    let served = servedPages.get(key)
    if (served?.from !== html) {
      served = { from: html, html: withoutClientRuntime(html) }
      servedPages.delete(key)
      servedPages.set(key, served)
      if (servedPages.size > servedPagesKept) servedPages.delete(servedPages.keys().next().value)
    }
    return served.html
  }

  return {
    /** Call before looking a page up: a render that follows reads its data after this time. */
    asking(key, ctx) {
      if (isPageKind(ctx?.kind)) renders.asking(key)
    },
    /**
     * The entry as it is sent. The same page object may come back on every request (Next's memory
     * cache), so its HTML is rewritten once per cached version, not per request.
     */
    served(key, entry) {
      const value = entry?.value
      if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return entry
      return { ...entry, value: withPublicCacheControl({ ...value, html: servedHtml(key, value.html) }) }
    },
    /**
     * Call before storing a page: the time its render began, or undefined for a page not to be
     * stored (a 404, now marked as not to be kept). Next sends the value it stores, so the header
     * is set on it here.
     */
    storing(key, data) {
      const began = renders.began(key)
      if (isNotFoundPage(data)) {
        answerWithoutKeeping(data)
        return undefined
      }
      data.headers = { ...data.headers, 'cache-control': publicPage }
      return began
    },
  }
}

module.exports = { withPageServing }
