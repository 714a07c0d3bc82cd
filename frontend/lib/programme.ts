import { dayKey } from './format'

type Timed = { start: string; end: string; track?: string | null; room?: string | null }

/** One programme day: its date (YYYY-MM-DD in the events' time zone) and its time slots. */
export type ProgrammeDay<T> = { day: string; slots: T[][] }

const byTime = (a: Timed, b: Timed): number => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end)

/** Parallel sessions in a stable order: by track, then room, then start. */
const byPlace = (a: Timed, b: Timed): number =>
  (a.track ?? '').localeCompare(b.track ?? '') || (a.room ?? '').localeCompare(b.room ?? '') || byTime(a, b)

/**
 * Sessions grouped by day, then into slots: sessions whose times overlap share a slot (they run in
 * parallel); a session that starts when the previous one ends opens a new slot.
 */
export const programmeDays = <T extends Timed>(sessions: T[]): ProgrammeDay<T>[] => {
  const days: ProgrammeDay<T>[] = []
  let slotEnd = 0
  for (const session of [...sessions].sort(byTime)) {
    const day = dayKey(session.start)
    const start = Date.parse(session.start)
    let current = days.at(-1)
    if (current?.day !== day) {
      current = { day, slots: [] }
      days.push(current)
      slotEnd = 0
    }
    const end = Date.parse(session.end)
    const slot = current.slots.at(-1)
    if (slot && start < slotEnd) {
      slot.push(session)
      slotEnd = Math.max(slotEnd, end)
    } else {
      current.slots.push([session])
      slotEnd = end
    }
  }
  for (const { slots } of days) {
    for (const slot of slots) slot.sort(byPlace)
  }
  return days
}
