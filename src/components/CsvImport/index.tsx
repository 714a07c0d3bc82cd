'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useId, useState } from 'react'

type Row = { line: number; title: string }
type RowError = { field?: string; line?: number; message: string }
type Answer = { create?: Row[]; dryRun?: boolean; errors: RowError[]; ignoredColumns?: string[] }

const texts = {
  de: {
    heading: 'Aus CSV-Datei importieren',
    columns: 'Spalten (deutsch oder englisch benannt, getrennt durch ; oder ,):',
    file: 'CSV-Datei',
    dryRun: 'Probelauf',
    run: 'Importieren',
    wouldCreate: 'Der Import würde anlegen:',
    created: 'Angelegt:',
    refused: 'Nichts wurde importiert. Bitte diese Zeilen korrigieren:',
    ignored: 'Nicht übernommene Spalten:',
    line: 'Zeile',
    column: 'Spalte',
    noFile: 'Bitte zuerst eine Datei wählen.',
    failed: 'Der Import ist fehlgeschlagen.',
  },
  en: {
    heading: 'Import from CSV file',
    columns: 'Columns (German or English names, separated by ; or ,):',
    file: 'CSV file',
    dryRun: 'Dry run',
    run: 'Import',
    wouldCreate: 'The import would create:',
    created: 'Created:',
    refused: 'Nothing was imported. Please correct these rows:',
    ignored: 'Columns not imported:',
    line: 'Line',
    column: 'Column',
    noFile: 'Please choose a file first.',
    failed: 'The import failed.',
  },
}

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
  const text = texts[i18n.language === 'en' ? 'en' : 'de']
  const router = useRouter()
  const inputId = useId()
  const [file, setFile] = useState<File>()
  const [answer, setAnswer] = useState<Answer>()
  const [busy, setBusy] = useState(false)
  if (hasCreatePermission === false) return null

  const send = async (dryRun: boolean) => {
    if (!file) return setAnswer({ errors: [{ message: text.noFile }] })
    setBusy(true)
    const form = new FormData()
    form.append('file', file)
    const url = `${config.serverURL}${config.routes.api}/${collectionSlug}/import${dryRun ? '?dryRun=1' : ''}`
    try {
      const response = await fetch(url, { body: form, credentials: 'include', method: 'POST' })
      setAnswer((await response.json()) as Answer)
      if (response.ok && !dryRun) router.refresh()
    } catch {
      setAnswer({ errors: [{ message: text.failed }] })
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
        {text.heading}
      </h2>
      <p>
        {text.columns} {columns}
      </p>
      <form onSubmit={submit} style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
        <label htmlFor={inputId}>{text.file}</label>
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
          {text.dryRun}
        </Button>
        <Button disabled={busy} margin={false} type="submit">
          {text.run}
        </Button>
      </form>
      {answer && <Result answer={answer} text={text} />}
    </section>
  )
}

const Result = ({ answer, text }: { answer: Answer; text: (typeof texts)['de'] }) => (
  <div aria-live="polite" role="status">
    {answer.errors.length > 0 ? (
      <>
        <p>{text.refused}</p>
        <ul>
          {answer.errors.map((error, index) => (
            <li key={index}>
              {error.line ? `${text.line} ${error.line}` : ''}
              {error.field ? `, ${text.column} „${error.field}“` : ''}
              {error.line || error.field ? ': ' : ''}
              {error.message}
            </li>
          ))}
        </ul>
      </>
    ) : (
      <>
        <p>{answer.dryRun ? text.wouldCreate : text.created}</p>
        <ul>
          {answer.create?.map(({ line, title }) => (
            <li key={line}>
              {text.line} {line}: {title}
            </li>
          ))}
        </ul>
      </>
    )}
    {answer.ignoredColumns?.length ? (
      <p>
        {text.ignored} {answer.ignoredColumns.join(', ')}
      </p>
    ) : null}
  </div>
)
