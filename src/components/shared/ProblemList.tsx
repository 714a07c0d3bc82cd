'use client'

import { useTranslation } from '@payloadcms/ui'

import { type ProgrammKey, translate } from '../../translations'

export type Problem = { field: string; message: string }

const fieldNames: Record<string, ProgrammKey> = { end: 'fieldEnd', room: 'fieldRoom', speakers: 'fieldSpeakers', start: 'fieldStart' }

/** Problems of a session as a list, each led by the field it concerns. */
export const ProblemList = ({ problems }: { problems: Problem[] }) => {
  const { i18n } = useTranslation()
  return (
    <ul style={{ color: 'var(--theme-warning-750, var(--theme-error-500))', margin: 0 }}>
      {problems.map(({ field, message }) => (
        <li key={`${field}-${message}`}>
          {translate(i18n, 'conflictField', {
            field: fieldNames[field] ? translate(i18n, fieldNames[field]) : field,
            message,
          })}
        </li>
      ))}
    </ul>
  )
}
