/** A stretch of time, as stored: ISO instants in UTC. */
export type TimeSpan = { start: string; end: string }

/** Two spans overlap when each starts before the other ends; back-to-back sessions do not. */
export const overlaps = (a: TimeSpan, b: TimeSpan): boolean =>
  new Date(a.start).getTime() < new Date(b.end).getTime() && new Date(b.start).getTime() < new Date(a.end).getTime()
