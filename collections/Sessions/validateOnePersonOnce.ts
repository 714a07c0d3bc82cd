import type { ArrayFieldValidation } from 'payload'

import { type Relation, relationId } from '../../src/lib/relationId'
import { translate } from '../../src/translations'

type Entry = { speaker?: Relation }

/** One entry per person: a second entry would list the session twice on the person's page. */
export const validateOnePersonOnce: ArrayFieldValidation = (value, { req }) => {
  const people = ((value ?? []) as Entry[])
    .map(({ speaker }) => relationId(speaker))
    .filter((id) => id !== undefined)
  return new Set(people).size === people.length ? true : translate(req, 'personTwice')
}
