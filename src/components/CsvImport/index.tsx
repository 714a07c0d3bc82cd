'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useId, useState } from 'react'

import { maxUploadBytes } from '../../lib/import/limits'
import { type ProgrammKey, translate } from '../../translations'

type Row = { line: number; title: string }
type RowError = { field?: string; line?: number; message: string }
type Text = (key: ProgrammKey, vars?: Record<string, number | string>) => string
type Answer = { create?: Row[]; dryRun?: boolean; errors: RowError[]; ignoredColumns?: string[] }

/**
 * Above the speakers and sessions lists: upload a CSV file, try it (dry run) and import it. Shows
 * what was (or would be) created, or every refused row with its line and column.
 */
export const CsvImport = ({
  collectionSlug,
  columns,
  hasCreatePermission,
}: {
  collectionSlug: string
  columns: string
  hasCreatePermission?: boolean
}) => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text: Text = (key, vars) => translate(i18n, key, vars)
  const router = useRouter()
  const inputId = useId()
  const [file, setFile] = useState<File>()
  const [answer, setAnswer] = useState<Answer>()
  const [busy, setBusy] = useState(false)
  if (hasCreatePermission === false) return null

  const send = async (dryRun: boolean) => {
    if (!file) return setAnswer({ errors: [{ message: text('csvChooseFile') }] })
    // the server refuses it too; saying so here spares the upload
    if (file.size > maxUploadBytes) return setAnswer({ errors: [{ message: translate(i18n, 'importTooLarge', { megabytes: maxUploadBytes / 1024 / 1024 }) }] })
    setBusy(true)
    const form = new FormData()
    form.append('file', file)
    const url = `${config.serverURL}${config.routes.api}/${collectionSlug}/import${dryRun ? '?dryRun=1' : ''}`
    try {
      const response = await fetch(url, { body: form, credentials: 'include', method: 'POST' })
      setAnswer((await response.json()) as Answer)
      if (response.ok && !dryRun) router.refresh()
    } catch {
      setAnswer({ errors: [{ message: text('csvFailed') }] })
    } finally {
      setBusy(false)
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void send(false)
  }

  return (
    <section aria-labelledby={`${inputId}-heading`} style={{ marginBottom: 'var(--base)' }}>
      <h2 id={`${inputId}-heading`} style={{ fontSize: '1.1rem' }}>
        {text('csvHeading')}
      </h2>
      <p>
        {text('csvColumns')} {columns}
      </p>
      <form onSubmit={submit} style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
        <label htmlFor={inputId}>{text('csvFile')}</label>
        <input
          accept=".csv,text/csv"
          id={inputId}
          onChange={(event) => {
            setFile(event.target.files?.[0])
            setAnswer(undefined)
          }}
          type="file"
        />
        <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => void send(true)} type="button">
          {text('csvDryRun')}
        </Button>
        <Button disabled={busy} margin={false} type="submit">
          {text('csvRun')}
        </Button>
      </form>
      {answer && <Result answer={answer} text={text} />}
    </section>
  )
}

const Result = ({ answer, text }: { answer: Answer; text: Text }) => (
  <div aria-live="polite" role="status">
    {answer.errors.length > 0 ? (
      <>
        <p>{text('csvRefused')}</p>
        <ul>
          {answer.errors.map((error, index) => (
            <li key={index}>
              {error.line ? `${text('csvLine')} ${error.line}` : ''}
              {error.field ? `, ${text('csvColumn')} ${text('quoted', { text: error.field })}` : ''}
              {error.line || error.field ? ': ' : ''}
              {error.message}
            </li>
          ))}
        </ul>
      </>
    ) : (
      <>
        <p>{answer.dryRun ? text('csvWouldCreate') : text('csvCreated')}</p>
        <ul>
          {answer.create?.map(({ line, title }) => (
            <li key={line}>
              {text('csvLine')} {line}: {title}
            </li>
          ))}
        </ul>
      </>
    )}
    {answer.ignoredColumns?.length ? (
      <p>
        {text('csvIgnored')} {answer.ignoredColumns.join(', ')}
      </p>
    ) : null}
  </div>
)
