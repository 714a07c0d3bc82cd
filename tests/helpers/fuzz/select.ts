import type { FuzzCase } from './case'
import type { Random } from './random'

/**
 * At most `budget` cases, spread evenly: each field and each route gets its first case (in a
 * seeded order) before any gets a second, so a smaller budget still covers everything.
 */
export const selectCases = (cases: FuzzCase[], budget: number, random: Random): FuzzCase[] => {
  const groups = new Map<string, FuzzCase[]>()
  for (const fuzzCase of random.shuffle(cases)) {
    const key = fuzzCase.field ?? fuzzCase.route
    groups.set(key, [...(groups.get(key) ?? []), fuzzCase])
  }
  const lists = random.shuffle([...groups.values()])
  const chosen: FuzzCase[] = []
  for (let round = 0; chosen.length < budget && lists.some((list) => list.length > round); round++) {
    for (const list of lists) if (list[round] && chosen.length < budget) chosen.push(list[round])
  }
  return chosen
}
