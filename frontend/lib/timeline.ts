import { yearOf } from './format'

type Timed = { start: string; end: string }

/** Upcoming items (not yet ended) soonest first, and past items latest first. */
export const splitByTime = <T extends Timed>(items: T[], now: Date): { upcoming: T[]; past: T[] } => {
  const byStart = [...items].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  return {
    upcoming: byStart.filter((item) => new Date(item.end) >= now),
    past: byStart.filter((item) => new Date(item.end) < now).reverse(),
  }
}

/** Items grouped by the year they start in (in the events' time zone), in the given order. */
export const groupByYear = <T extends Timed>(items: T[]): { year: number; items: T[] }[] => {
  const groups: { year: number; items: T[] }[] = []
  for (const item of items) {
    const year = yearOf(item.start)
    const last = groups.at(-1)
    if (last?.year === year) last.items.push(item)
    else groups.push({ year, items: [item] })
  }
  return groups
}
