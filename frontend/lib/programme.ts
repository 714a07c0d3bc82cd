import { dayKey } from './format'

type Timed = { start: string; end: string; track?: string | null; room?: string | null }

/** One programme day: its date (YYYY-MM-DD in the events' time zone) and its time slots. */
export type ProgrammeDay<T> = { day: string; slots: T[][] }

const byTime = (a: Timed, b: Timed): number => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end)

/**
 * Parallel sessions in time order, so the page, the tab order and a screen reader all follow the
 * clock; sessions starting together by track, then room, for a stable order.
 */
const byTimeThenPlace = (a: Timed, b: Timed): number =>
  Date.parse(a.start) - Date.parse(b.start) ||
  (a.track ?? '').localeCompare(b.track ?? '') ||
  (a.room ?? '').localeCompare(b.room ?? '') ||
  Date.parse(a.end) - Date.parse(b.end)

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
    for (const slot of slots) slot.sort(byTimeThenPlace)
  }
  return days
}

/** Kinds nobody speaks at: a break or a reception has no language worth naming. */
const wordless = new Set(['break', 'reception'])

type Spoken = { kind?: string | null; language?: string | null }

/** Whether a session's language is worth naming at all. */
export const isSpoken = (session: Spoken): boolean => !wordless.has(session.kind ?? '') && Boolean(session.language)

/**
 * The language most sessions are held in: the programme names it once, and each session only
 * where it differs, so not every item (the coffee break included) says "Language: German".
 */
export const mainLanguage = (sessions: Spoken[]): string | undefined => {
  const counts = new Map<string, number>()
  for (const session of sessions.filter(isSpoken)) counts.set(session.language!, (counts.get(session.language!) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}
