import type { ArrayFieldValidation } from 'payload'

import { lacksSpeakers } from '../../src/lib/conflicts/speakers'
import { inLanguage, message } from '../../src/lib/messages'
import { sessionKinds } from '../../src/lib/vocabulary'

/** A talk, keynote, panel or workshop without anyone on stage is not ready for the public programme. */
export const validateSpeakersNeeded: ArrayFieldValidation = (value, { data, req }) => {
  const { kind } = data as { kind?: string | null }
  if (!lacksSpeakers(kind, value as unknown[] | null | undefined)) return true
  const options = sessionKinds as { label: { de: string; en: string }; value: string }[]
  const label = options.find((option) => option.value === kind)?.label
  return message(req, 'speakersNeeded', { kind: label ? inLanguage(req, label) : String(kind) })
}
