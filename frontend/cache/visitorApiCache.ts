/**
 * Answers of the REST API to visitors (no account: no Authorization header, no Payload cookie)
 * are the same for every visitor, so the server keeps them in memory until content changes, as a
 * CDN in front of the API would. A request on behalf of a signed-in user never reads or fills it.
 *
 * Any change of a plugin document forgets every kept answer (`forgetVisitorApiAnswers`, called by
 * the site's revalidate callback), in every instance when there are several
 * (./visitorApiBroadcast.ts); answers also expire after `ttlMs`, for those that depend on the clock
 * (the feeds of upcoming events).
 */

import { tellOtherInstances } from './visitorApiBroadcast'

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

type Kept = { body: ArrayBuffer; headers: [string, string][]; keptAt: number }

/** `generation` grows with every change, so an answer read before a change is not kept after it. */
type Store = { entries: Map<string, Kept>; generation: number }

export type VisitorCacheOptions = {
  /** How long an answer is kept at most (default 60 s). */
  ttlMs?: number
  /** How many answers are kept; the oldest go first (default 500). */
  maxEntries?: number
  /** Larger answers are not kept (default 512 kB). */
  maxBytes?: number
  now?: () => number
}

/**
 * One store per server process: Next bundles route handlers and pages separately, so a module
 * variable would give the API route and the code that forgets answers different copies.
 */
const globalStore = globalThis as typeof globalThis & { __programmVisitorApiCache?: Store }
const store = (): Store => (globalStore.__programmVisitorApiCache ??= { entries: new Map(), generation: 0 })

/** Forgets the answers kept in this process only (what an instance does when another tells it). */
export const forgetAnswersHere = (): void => {
  const current = store()
  current.generation += 1
  current.entries.clear()
}

export const forgetVisitorApiAnswers = (): void => {
  forgetAnswersHere()
  tellOtherInstances()
}

const signedIn = (request: Request): boolean =>
  request.headers.has('authorization') || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

const textual = /^(?:text\/|application\/(?:json|xml|[\w.+-]+\+xml|[\w.+-]+\+json))/

/** Only complete, public, textual answers: no errors, no files, nothing that sets a cookie. */
const keepable = (response: Response): boolean =>
  response.status === 200 &&
  !response.headers.has('set-cookie') &&
  textual.test(response.headers.get('content-type') ?? '')

const answer = (kept: Kept, state: 'HIT' | 'MISS'): Response =>
  new Response(kept.body, { headers: [...kept.headers, ['x-visitor-cache', state]], status: 200 })

export const cachedForVisitors = <Context>(handler: Handler<Context>, options: VisitorCacheOptions = {}): Handler<Context> => {
  const { maxBytes = 512 * 1024, maxEntries = 500, now = Date.now, ttlMs = 60_000 } = options
  return async (request, context) => {
    if (request.method !== 'GET' || signedIn(request)) return handler(request, context)
    // the admin language picks the language of Payload's own messages
    const key = `${request.headers.get('accept-language') ?? ''}\n${request.url}`
    const current = store()
    const { entries, generation } = current
    const kept = entries.get(key)
    if (kept && now() - kept.keptAt < ttlMs) return answer(kept, 'HIT')
    entries.delete(key)

    const response = await handler(request, context)
    if (!keepable(response)) return response
    const body = await response.arrayBuffer()
    const fresh: Kept = { body, headers: [...response.headers], keptAt: now() }
    if (body.byteLength <= maxBytes && current.generation === generation) {
      entries.set(key, fresh)
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
    }
    return answer(fresh, 'MISS')
  }
}
