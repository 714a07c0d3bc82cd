/** A small seeded generator (mulberry32): the same seed gives the same cases on every machine. */
export type Random = { next: () => number; pick: <T>(list: readonly T[]) => T; shuffle: <T>(list: T[]) => T[] }

export const seededRandom = (seed: number): Random => {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  const shuffle = <T>(list: T[]): T[] => {
    const copy = [...list]
    for (let index = copy.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1))
      ;[copy[index], copy[other]] = [copy[other], copy[index]]
    }
    return copy
  }
  return { next, pick, shuffle }
}
