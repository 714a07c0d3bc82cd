/**
 * Where a new session of an event most likely goes: right after the latest one ends, or at the
 * event's start while its programme is still empty.
 */
export const nextFreeStart = (event: { start: string }, sessions: { end?: string | null }[]): string => {
  const ends = sessions.map(({ end }) => (end ? new Date(end).getTime() : Number.NaN)).filter(Number.isFinite)
  return ends.length ? new Date(Math.max(...ends)).toISOString() : event.start
}
