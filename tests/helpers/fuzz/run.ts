import type { Payload } from 'payload'

import type { FuzzCase } from './case'
import { type Routes, send } from './send'
import { snapshot } from './snapshot'

export type Finding = { index: number; name: string; problem: string }

/** Cases between two snapshots: a change then is narrowed down with FUZZ_CASE. */
const batchSize = 40

/**
 * Sends the cases in order and reports every 5xx, every 2xx to input that must be refused, and
 * every change of the stored data not made by a 2xx answer. A case that may store data (a write
 * with odd but possibly valid values) runs between two snapshots of its own; the others run in
 * batches between two snapshots. Cases not sent by `deadline` are left out.
 */
export const runCases = async (
  payload: Payload,
  routes: Routes,
  cases: { index: number; fuzzCase: FuzzCase }[],
  token: string,
  deadline: number,
): Promise<{ findings: Finding[]; sent: number; statuses: Record<string, number> }> => {
  const findings: Finding[] = []
  const statuses: Record<string, number> = {}
  let baseline = await snapshot(payload)
  let unchecked: { index: number; fuzzCase: FuzzCase }[] = []
  const check = async (): Promise<string> => {
    const now = await snapshot(payload)
    if (now !== baseline && unchecked.length) {
      const list = unchecked.map(({ index }) => index).join(', ')
      findings.push({ index: unchecked[0].index, name: unchecked.map(({ fuzzCase }) => fuzzCase.name).join('\n    '), problem: `stored data changed after cases ${list} (all refused); replay each with FUZZ_CASE` })
    }
    unchecked = []
    return now
  }
  let sent = 0
  for (const entry of cases) {
    if (Date.now() > deadline) break
    sent += 1
    const { fuzzCase, index } = entry
    const mayStore = fuzzCase.writes && !fuzzCase.refuse
    if (mayStore && unchecked.length) baseline = await check()
    const answer = await send(routes, fuzzCase, token)
    const group = `${Math.floor(answer.status / 100)}xx`
    statuses[group] = (statuses[group] ?? 0) + 1
    if (answer.serverErrors) findings.push({ index, name: fuzzCase.name, problem: `${answer.status}: ${answer.text.slice(0, 300)}` })
    const accepted = answer.status < 300 && !answer.serverErrors
    if (fuzzCase.refuse && accepted) findings.push({ index, name: fuzzCase.name, problem: `accepted (${answer.status}): ${answer.text.slice(0, 200)}` })
    if (fuzzCase.writes && accepted) {
      // a 2xx may store: its change is the new baseline (a refused case before it is reported above)
      unchecked = []
      baseline = await snapshot(payload)
      continue
    }
    unchecked.push(entry)
    if (mayStore || unchecked.length >= batchSize) baseline = await check()
  }
  if (unchecked.length) await check()
  return { findings, sent, statuses }
}
