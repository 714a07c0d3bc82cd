import { createClient } from '@redis/client'

/**
 * With several instances (README "Production"), a change saved through one instance must empty
 * the visitor API cache (./visitorApiCache.ts) of all of them: the instance that saves publishes
 * on a Redis channel, and every instance, subscribed from start-up, forgets its answers when it
 * hears it. Without REDIS_URL there is one process and nothing to tell.
 */
const channel = 'programm:visitor-api:forget'

type Broadcast = { publish: () => void }

/** One per process: Next bundles the instrumentation and the route handlers separately. */
const globalBroadcast = globalThis as typeof globalThis & { __programmVisitorApiBroadcast?: Broadcast }

const logError = (error: Error) => console.error(`Redis (visitor API cache): ${error.message}`)

/**
 * Subscribes this process (from instrumentation, before the server takes requests) and makes
 * `tellOtherInstances` publish. Returns once the subscription stands, so no answer is kept before
 * this process can hear a change.
 */
export const startVisitorApiBroadcast = async (url: string, forgetHere: () => void): Promise<void> => {
  const publisher = createClient({ url })
  const subscriber = publisher.duplicate()
  publisher.on('error', logError)
  subscriber.on('error', logError)
  await Promise.all([publisher.connect(), subscriber.connect()])
  await subscriber.subscribe(channel, forgetHere)
  globalBroadcast.__programmVisitorApiBroadcast = {
    publish: () => void publisher.publish(channel, String(process.pid)).catch(logError),
  }
}

/** Tells the other instances that content changed; nothing without a broadcast. */
export const tellOtherInstances = (): void => globalBroadcast.__programmVisitorApiBroadcast?.publish()
