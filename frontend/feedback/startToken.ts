import { sign, unsign } from './signing'

/** A person needs more than this to read the form and write something; scripts that post at once do not. */
export const minimumFillMs = 3000

/** The hidden field's value: when the form was rendered, signed so that it cannot be backdated. */
export const startToken = (now: Date = new Date()): string => sign(String(now.getTime()))

/** Whether the form was rendered at least `minimumFillMs` before `now` (false for a missing or forged token). */
export const filledSlowly = (token: string, now: Date = new Date()): boolean => {
  const started = Number(unsign(token))
  return Number.isFinite(started) && started > 0 && now.getTime() - started >= minimumFillMs
}
