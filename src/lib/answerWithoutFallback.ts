import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A write answers with what it stored in its locale, never with another locale's fallback text.
 * Payload's admin refills the edit form from that answer, and its publish button asks without
 * `fallback-locale=none`: an empty English field would show the German text and the next save
 * would store that copy as English. Reads still fall back (the public pages rely on it), and
 * reads made inside the write (validators) set their own fallback.
 */
export const answerWithoutFallback: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') req.fallbackLocale = false
  return args
}
