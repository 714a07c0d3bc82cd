import { describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { withPageServing } = require('../../frontend/cache/pageServing.cjs') as {
  withPageServing: (Base: new () => Store, storePage: StorePage) => new () => Store
}

type Value = { kind: string; html?: string; status?: number; headers?: Record<string, string> }
type Entry = { value: Value; lastModified?: number }
type Store = { get: (key: string, ctx?: { kind: string }) => Promise<Entry | null>; set: (key: string, value: Value, ctx: object) => Promise<void> }
type StorePage = (key: string, data: Value, ctx: object, began: number, store: (value: Value, ctx: object) => Promise<void>) => Promise<void>

/** A cache that keeps what it is given, as Next's file-system cache and the Redis one do. */
class Memory implements Store {
  kept = new Map<string, Entry>()
  async get(key: string) {
    return this.kept.get(key) ?? null
  }
  async set(key: string, value: Value, ctx: { lastModified?: number }) {
    this.kept.set(key, { lastModified: ctx.lastModified, value })
  }
}

const Handler = withPageServing(Memory, (key, data, ctx, began, store) => store(data, { ...ctx, lastModified: began }))

const page = (status = 200): Value => ({
  headers: { 'x-next-cache-tags': '_N_T_/layout' },
  html: '<html><head><script src="/_next/a.js"></script></head><body><h1>Tagung</h1><script>self.__next_f=[]</script></body></html>',
  kind: 'APP_PAGE',
  status,
})

describe('pages kept by the cache handlers', () => {
  it('go out with a one-second public Cache-Control, fresh and from the cache, without the client runtime', async () => {
    const handler = new Handler()
    await handler.get('/veranstaltungen/x', { kind: 'APP_PAGE' })
    const rendered = page()
    await handler.set('/veranstaltungen/x', rendered, {})
    expect(rendered.headers?.['cache-control']).toBe('public, max-age=0, s-maxage=1, stale-while-revalidate=2')
    const served = await handler.get('/veranstaltungen/x', { kind: 'APP_PAGE' })
    expect(served?.value.headers?.['cache-control']).toBe('public, max-age=0, s-maxage=1, stale-while-revalidate=2')
    expect(served?.value.html).toBe('<html><head></head><body><h1>Tagung</h1></body></html>')
  })

  it('are stamped with the start of their render, and 404s are not kept and leave as not to be kept', async () => {
    const handler = new Handler() as Store & { kept: Map<string, Entry> }
    const before = Date.now()
    await handler.get('/veranstaltungen/x', { kind: 'APP_PAGE' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    await handler.set('/veranstaltungen/x', page(), {})
    expect(handler.kept.get('/veranstaltungen/x')?.lastModified).toBeLessThan(before + 10)

    const missing = page(404)
    await handler.set('/veranstaltungen/nichts', missing, {})
    expect(handler.kept.has('/veranstaltungen/nichts')).toBe(false)
    expect(missing.headers?.['cache-control']).toMatch(/no-store/)
  })
})
