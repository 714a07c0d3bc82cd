/**
 * Next's own file-system ISR cache, with these changes:
 * - the record of revalidated tags is also kept on disk. Next keeps that record only in memory, so
 *   a page revalidated while nobody visited it was served from its old on-disk copy again after a
 *   restart (a deploy, a crash). This adds a small JSON file beside the build's cache.
 * - what ./pageServing.cjs does to pages: stored as old as their render's start, 404s not kept,
 *   served without Next's client runtime and with a one-second public Cache-Control.
 * Pages, their storage and the expiry rules stay Next's. With REDIS_URL set, the instances share
 * ./sharedCacheHandler.cjs instead (./cacheHandler.cjs picks).
 *
 * Next loads this file itself (next.config.ts `cacheHandler`), so it is plain CommonJS. It uses
 * Next's internal modules; `next` is pinned to an exact version, and the browser test
 * "still shows after the server restarts" fails if an upgrade changes them.
 */
const fs = require('node:fs')
const path = require('node:path')

const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external')

const { withPageServing } = require('./pageServing.cjs')

let manifestFile

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

/** Stores a page stamped with its render's start, in Next's memory copy and on disk. */
async function storePage(key, data, ctx, began, store) {
  const storing = store(data, ctx)
  // Next's memory copy is in place once set() has started; it is stamped with the render's start
  const inMemory = FileSystemCache.memoryCache?.get(key)
  if (inMemory?.value === data) inMemory.lastModified = began
  await storing
  // after a restart Next reads the stamp from the page file's modification time
  if (this.flushToDisk) await fs.promises.utimes(this.getFilePath(`${key}.html`, data.kind), new Date(), new Date(began))
}

module.exports = class PersistentTagsCacheHandler extends withPageServing(FileSystemCache, storePage) {
  constructor(ctx) {
    super(ctx)
    if (manifestFile || !ctx.serverDistDir) return
    manifestFile = path.join(ctx.serverDistDir, '..', 'cache', 'revalidated-tags.json')
    loadStored()
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    if (manifestFile) store()
  }
}
