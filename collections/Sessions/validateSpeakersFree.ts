import type { ArrayFieldValidation } from 'payload'

import { findSpeakerClash } from '../../src/lib/conflicts/speakers'
import { documentId } from '../../src/lib/documentId'
import { translate } from '../../src/translations'
import { relationId } from '../../src/lib/relationId'
import type { Id } from '../../src/types'
import type { StoredSession } from './overlappingSessions'
import { factsOf } from './planningFacts'

type SessionData = { start?: string | null; end?: string | null }
type Entry = NonNullable<StoredSession['speakers']>[number]

const speakerIds = (entries: Entry[] | null | undefined): Id[] =>
  (entries ?? []).map(({ speaker }) => relationId(speaker)).filter((id): id is Id => id !== undefined)

/** Nobody can be on stage in two places at once: refuses a person already on in an overlapping session. */
export const validateSpeakersFree: ArrayFieldValidation = async (value, options) => {
  const { data, id, req } = options
  const { end, start } = data as SessionData
  // an id the database cannot hold names nobody (the field's own check says so): asking would fail
  const speakers = speakerIds(value as Entry[] | null | undefined).flatMap((speaker) => documentId(req.payload, speaker) ?? [])
  if (!start || !end || speakers.length === 0) return true
  const facts = factsOf(options)
  const others = await facts.speakerRivals({ id, span: { end, start }, speakers })
  const clash = findSpeakerClash(
    { end, id, speakers, start },
    others.map((other) => ({ ...other, speakers: speakerIds(other.speakers) })),
  )
  if (!clash) return true
  return translate(req, 'speakerBusy', { person: await facts.speakerName(clash.speaker), session: clash.session.title })
}
