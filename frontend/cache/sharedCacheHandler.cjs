/**
 * Next's page and data cache in Redis, shared by every instance of the site (README "Production"),
 * through @fortedigital/nextjs-cache-handler: pages and the record of revalidated tags live in
 * Redis, so a publish that instance A handles makes instance B render the page anew on its next
 * request, not after a restart. The pages get what ./pageServing.cjs does on one machine.
 *
 * Keys carry the build's id: pages of an old build (which name its old script and style files)
 * are never served by a new one during a rolling deploy.
 *
 * Next loads the handler itself (through ./cacheHandler.cjs), so it is plain CommonJS.
 */
const { CacheHandler } = require('@fortedigital/nextjs-cache-handler')
const createRedisHandler = require('@fortedigital/nextjs-cache-handler/redis-strings').default
const { createClient } = require('@redis/client')

const { withPageServing } = require('./pageServing.cjs')

/** A Redis command that takes longer than this counts as a cache miss, so Redis never stalls a page. */
const redisTimeoutMs = 1000

CacheHandler.onCreation(async ({ buildId }) => {
  const client = createClient({ url: process.env.REDIS_URL })
  // the client reconnects by itself; without a listener an error would end the process
  client.on('error', (error) => console.error(`Redis (page cache): ${error.message}`))
  await client.connect()
  return {
    handlers: [createRedisHandler({ client, keyExpirationStrategy: 'EXAT', keyPrefix: `programm:${buildId?.trim() || 'dev'}:`, timeoutMs: redisTimeoutMs })],
  }
})

/** Stores a page stamped with its render's start, so a render older than a change does not count as newer. */
function storePage(key, data, ctx, began, store) {
  return store(data, { ...ctx, internal_lastModified: began })
}

module.exports = withPageServing(CacheHandler, storePage)
