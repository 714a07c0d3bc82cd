import type { PayloadRequest } from 'payload'

import type { Id } from '../../src/types'
import type { PlanningFacts } from './planningFacts'
import { validateOnePersonOnce } from './validateOnePersonOnce'
import { validateRoomFree } from './validateRoomFree'
import { validateSpeakersConfirmed } from './validateSpeakersConfirmed'
import { validateSpeakersFree } from './validateSpeakersFree'
import { validateSpeakersNeeded } from './validateSpeakersNeeded'
import { validateWithinEventDays } from './validateWithinEventDays'

export type Problem = { field: string; message: string }

type Check = { field: string; validate: (value: never, options: never) => Promise<string | true> | string | true }

/** The collection's publish rules, field by field: the same validators the fields run. */
const checks: Check[] = [
  { field: 'start', validate: validateWithinEventDays },
  { field: 'end', validate: validateWithinEventDays },
  { field: 'room', validate: validateRoomFree },
  { field: 'speakers', validate: validateOnePersonOnce },
  { field: 'speakers', validate: validateSpeakersNeeded },
  { field: 'speakers', validate: validateSpeakersConfirmed },
  { field: 'speakers', validate: validateSpeakersFree },
]

/**
 * What would stop this session (its form data) from being published, each with the field it
 * concerns. `req.context.conflictsWithDrafts` decides whether drafts count as clashes too; the
 * rules read what they need from `facts`, else from the database.
 */
export const publishProblems = async (
  req: PayloadRequest,
  data: Record<string, unknown>,
  id?: Id,
  facts?: PlanningFacts,
): Promise<Problem[]> => {
  const options = { data: { ...data, _status: 'published' }, id, planningFacts: facts, req, siblingData: data } as never
  const problems: Problem[] = []
  for (const { field, validate } of checks) {
    const result = await validate(data[field] as never, options)
    if (result !== true && !problems.some((problem) => problem.field === field && problem.message === result)) {
      problems.push({ field, message: result })
    }
  }
  return problems
}
