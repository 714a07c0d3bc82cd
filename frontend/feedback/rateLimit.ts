/**
 * At most `limit` messages per address in `windowMs`. Kept in this process's memory: enough for
 * the one-process setup; with several app instances each counts on its own (README).
 */
export const feedbackRateLimit = { limit: 5, windowMs: 60 * 60 * 1000 }

const sent = new Map<string, number[]>()

/** Counts a message from `address` and tells whether it is still within the limit. */
export const withinRateLimit = (address: string, now: number = Date.now()): boolean => {
  const recent = (sent.get(address) ?? []).filter((time) => now - time < feedbackRateLimit.windowMs)
  const allowed = recent.length < feedbackRateLimit.limit
  if (allowed) recent.push(now)
  sent.set(address, recent)
  // forget addresses whose window has passed, so the map cannot grow without bound
  for (const [other, times] of sent) if (times.every((time) => now - time >= feedbackRateLimit.windowMs)) sent.delete(other)
  return allowed
}

/** Tests start from a clean slate. */
export const forgetRateLimits = (): void => sent.clear()
