/**
 * Next's cache handler (next.config.ts `cacheHandler`): with REDIS_URL set, the cache shared by all
 * instances in Redis (./sharedCacheHandler.cjs); otherwise one process's cache on disk
 * (./persistentTagsCacheHandler.cjs), which needs nothing else. Read when the server starts.
 */
module.exports = process.env.REDIS_URL ? require('./sharedCacheHandler.cjs') : require('./persistentTagsCacheHandler.cjs')
