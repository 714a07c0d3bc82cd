import type { ArrayFieldValidation } from 'payload'

import { message } from '../../src/lib/messages'

type Entry = { speaker?: number | string | { id: number | string } | null }

/** One entry per person: a second entry would list the session twice on the person's page. */
export const validateOnePersonOnce: ArrayFieldValidation = (value, { req }) => {
  const people = ((value ?? []) as Entry[])
    .map(({ speaker }) => (speaker && typeof speaker === 'object' ? speaker.id : speaker))
    .filter((id) => id !== undefined && id !== null)
  return new Set(people).size === people.length ? true : message(req, 'personTwice')
}
