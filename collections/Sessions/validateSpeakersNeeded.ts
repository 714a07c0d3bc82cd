import { getTranslation } from '@payloadcms/translations'
import type { ArrayFieldValidation } from 'payload'

import { lacksSpeakers } from '../../src/lib/conflicts/speakers'
import { translate } from '../../src/translations'
import { sessionKinds } from '../../src/lib/vocabulary'

/** A talk, keynote, panel or workshop without anyone on stage is not ready for the public programme. */
export const validateSpeakersNeeded: ArrayFieldValidation = (value, { data, req }) => {
  const { kind } = data as { kind?: string | null }
  if (!lacksSpeakers(kind, value as unknown[] | null | undefined)) return true
  const options = sessionKinds as { label: { de: string; en: string }; value: string }[]
  const label = options.find((option) => option.value === kind)?.label
  return translate(req, 'speakersNeeded', { kind: label ? getTranslation(label, req.i18n) : String(kind) })
}
