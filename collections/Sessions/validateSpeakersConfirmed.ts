import type { ArrayFieldValidation } from 'payload'

import { translate } from '../../src/translations'
import { relationId } from '../../src/lib/relationId'
import type { StoredSession } from './overlappingSessions'
import { factsOf } from './planningFacts'

type Entry = NonNullable<StoredSession['speakers']>[number] & { needsConfirmation?: boolean | null }

/**
 * A person carried over from the last edition ("Zusage noch offen") is announced only once they
 * have said yes: the editor clears the mark, then publishes.
 */
export const validateSpeakersConfirmed: ArrayFieldValidation = async (value, options) => {
  const open = ((value ?? []) as Entry[]).find((entry) => entry.needsConfirmation)
  const id = relationId(open?.speaker)
  if (id === undefined) return true
  return translate(options.req, 'speakerUnconfirmed', { person: await factsOf(options).speakerName(id) })
}
