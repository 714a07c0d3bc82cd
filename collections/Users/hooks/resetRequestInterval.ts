import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { translate } from '../../../src/translations'

/** How long one address waits before it may ask for a reset mail again. */
export const resetRequestIntervalMs = 15_000

const asked = new Map<string, number>()

/**
 * One reset mail per address per interval, so nobody can flood an editor's mailbox or keep
 * replacing the link just mailed. Payload's own interval (`minRequestInterval`) reserves the
 * account with a write outside the operation's transaction; on SQLite that write waits for the
 * lock the transaction holds, and every request failed with 500 after the busy timeout. This
 * one counts addresses, not accounts, and answers an unknown address exactly as a known one
 * (429 on a repeat), so it tells nobody which addresses have accounts. Per server process.
 */
export const resetRequestInterval: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const email = String(args.data?.email ?? '').trim().toLowerCase()
  const now = Date.now()
  for (const [address, at] of asked) if (now - at >= resetRequestIntervalMs) asked.delete(address)
  if (asked.has(email)) {
    throw new APIError(translate(req, 'resetWait'), 429, undefined, true)
  }
  asked.set(email, now)
  return args
}
