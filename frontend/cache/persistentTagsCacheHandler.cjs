/**
 * Next's own file-system ISR cache, with two changes:
 * - the record of revalidated tags is also kept on disk. Next keeps that record only in memory, so
 *   a page revalidated while nobody visited it was served from its old on-disk copy again after a
 *   restart (a deploy, a crash). This adds a small JSON file beside the build's cache.
 * - cached pages are served without Next's client runtime (./withoutClientRuntime.cjs).
 * Pages, their storage and the expiry rules stay Next's.
 *
 * Next loads this file itself (next.config.ts `cacheHandler`), so it is plain CommonJS. It uses
 * Next's internal modules; `next` is pinned to an exact version, and the browser test
 * "still shows after the server restarts" fails if an upgrade changes them.
 */
const fs = require('node:fs')
const path = require('node:path')

const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external')

const { withoutClientRuntime } = require('./withoutClientRuntime.cjs')

let manifestFile

/** Cache key → the HTML last read for it and that HTML without the client runtime; the newest few. */
const servedPages = new Map()
const servedPagesKept = 1000

const newer = (a = {}, b = {}) => ({
  expired: Math.max(a.expired ?? 0, b.expired ?? 0) || undefined,
  stale: Math.max(a.stale ?? 0, b.stale ?? 0) || undefined,
})

const readStored = () => {
  try {
    return JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
  } catch {
    return {}
  }
}

const loadStored = () => {
  for (const [tag, entry] of Object.entries(readStored())) tagsManifest.set(tag, newer(tagsManifest.get(tag), entry))
}

/** Writes the merged record through a temp file and a rename, so a reader never sees half of it. */
const store = () => {
  const merged = readStored()
  for (const [tag, entry] of tagsManifest) merged[tag] = newer(merged[tag], entry)
  const temp = `${manifestFile}.${process.pid}.tmp`
  fs.mkdirSync(path.dirname(manifestFile), { recursive: true })
  fs.writeFileSync(temp, JSON.stringify(merged))
  fs.renameSync(temp, manifestFile)
}

module.exports = class PersistentTagsCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx)
    if (manifestFile || !ctx.serverDistDir) return
    manifestFile = path.join(ctx.serverDistDir, '..', 'cache', 'revalidated-tags.json')
    loadStored()
  }

  /**
   * The same page object comes back from Next's in-memory cache on every request, so its HTML is
   * rewritten once per cached version, not per request.
   */
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    const value = entry?.value
    if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return entry
    let served = servedPages.get(key)
    if (served?.from !== value.html) {
      served = { from: value.html, html: withoutClientRuntime(value.html) }
      servedPages.delete(key)
      servedPages.set(key, served)
      if (servedPages.size > servedPagesKept) servedPages.delete(servedPages.keys().next().value)
    }
    return { ...entry, value: { ...value, html: served.html } }
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    if (manifestFile) store()
  }
}
