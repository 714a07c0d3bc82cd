'use client'

import { useAllFormFields, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'

import { useApi } from '../shared/api'
import { type Problem, ProblemList } from '../shared/ProblemList'
import { translate } from '../../translations'

/** The form's values a clash depends on. */
const watched = ['event', 'start', 'end', 'room', 'kind', 'speakers']

/**
 * Clashes of the session being edited, while it is still a draft: the room taken, a person on
 * stage elsewhere, a day outside the event. Asked of the server (drafts count) a moment after
 * each change; publishing refuses the same problems.
 */
export const SessionConflicts = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const [fields] = useAllFormFields()
  const api = useApi()
  const [problems, setProblems] = useState<Problem[]>([])

  const data = useMemo(() => {
    const values: Record<string, unknown> = { id }
    for (const name of watched) values[name] = fields[name]?.value
    // the people are array rows: speakers.0.speaker, speakers.0.role, …
    const rows = Number(fields.speakers?.value ?? 0)
    values.speakers = Array.from({ length: rows }, (_, index) => ({
      needsConfirmation: fields[`speakers.${index}.needsConfirmation`]?.value,
      role: fields[`speakers.${index}.role`]?.value,
      speaker: fields[`speakers.${index}.speaker`]?.value,
    }))
    return JSON.stringify(values)
  }, [fields, id])

  useEffect(() => {
    const timer = setTimeout(() => {
      api<{ problems: Problem[] }>(`/${collectionSlug}/conflicts`, { body: JSON.parse(data), method: 'POST' })
        .then((answer) => setProblems(answer.problems))
        // no warning then; publishing still checks
        .catch(() => setProblems([]))
    }, 600)
    return () => clearTimeout(timer)
  }, [api, collectionSlug, data])

  if (problems.length === 0) return null
  return (
    <div aria-live="polite" className="session-conflicts" role="status" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ fontWeight: 600, margin: 0 }}>{translate(i18n, 'conflictsHeading')}</p>
      <ProblemList problems={problems} />
    </div>
  )
}
