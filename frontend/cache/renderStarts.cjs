/**
 * When the render of each cached page began, so the page is stored as being as old as the data it
 * read, not as new as the moment it was stored.
 *
 * Why: Next stamps a stored page with the time of storing (`lastModified: Date.now()`) and treats
 * it as fresh when that time is later than the last revalidation of the page's tags. A render that
 * began before a change was saved, read the old data, and finished after the change's
 * revalidation was therefore stored as fresh, and stayed so until the next edit, across restarts
 * too (the stamp is the file's time on disk). Under load that is the rule, not the exception: an
 * edit makes the next visitor's request render the page; a second edit saved while that render
 * runs (100 ms later, by another editor) revalidates the page, and the render, finishing after
 * it, stores the first edit's page as the newest.
 *
 * Next asks the cache for a page, renders it when the answer is missing or stale, and stores the
 * result, one render per page at a time (its response cache batches the requests for a page until
 * the render is stored). So the last time a page was asked for before it is stored is when its
 * render began.
 *
 * Plain CommonJS, as the cache handler that uses it.
 */

/** Pages asked for but not (yet) stored: the ones being rendered, and hits, which store nothing. */
const kept = 10_000

/** @param {() => number} now */
const renderStarts = (now = Date.now) => {
  const askedAt = new Map()
  return {
    /** Call before looking the page up: a render that follows reads its data after this time. */
    asking(key) {
      askedAt.delete(key)
      // one millisecond earlier: a change revalidated within the same millisecond counts as later
      askedAt.set(key, now() - 1)
      if (askedAt.size > kept) askedAt.delete(askedAt.keys().next().value)
    },
    /** When the render of a page being stored began; without a record (the build) just now. */
    began(key) {
      const at = askedAt.get(key)
      askedAt.delete(key)
      return at ?? now()
    },
  }
}

module.exports = { renderStarts }
