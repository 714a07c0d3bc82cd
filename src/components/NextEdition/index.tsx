'use client'

import { Button, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { defaultOffsetDays, maxOffsetDays, readOffsetDays } from '../../lib/nextEdition/offsetDays'
import { shiftDays } from '../../lib/nextEdition/shift'
import { eventTimeZone } from '../../lib/timeZone'
import { translate } from '../../translations'

const panelStyle = {
  background: 'var(--theme-elevation-0)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m)',
  boxShadow: '0 4px 16px rgb(0 0 0 / 15%)',
  maxWidth: '22rem',
  padding: 'var(--base)',
  position: 'absolute',
  right: 0,
  top: '100%',
  zIndex: 10,
} as const

/** Start and end of the new edition as the editor will see them: weekday, date and time in Berlin. */
const newDates = (start: unknown, end: unknown, days: number, language: string): string | undefined => {
  if (typeof start !== 'string' || typeof end !== 'string') return undefined
  const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: eventTimeZone,
  })
  return `${format.format(new Date(shiftDays(start, days)))} – ${format.format(new Date(shiftDays(end, days)))}`
}

/**
 * "Create next edition" in a saved event's edit view: asks how far to move the dates, calls
 * `POST /api/<events>/:id/next-edition` and opens the new draft. The dialog shows the resulting
 * dates as the days change; if a description may still name the old edition, it says so first.
 */
export const NextEditionButton = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const inputId = useId()
  const [open, setOpen] = useState(false)
  const [days, setDays] = useState(String(defaultOffsetDays))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [created, setCreated] = useState<{ adminUrl: string; review: string[] }>()
  const start = useFormFields(([fields]) => fields.start?.value)
  const end = useFormFields(([fields]) => fields.end?.value)
  const offset = readOffsetDays({ offsetDays: Number(days) })
  const dates = offset === undefined ? undefined : newDates(start, end, offset, i18n.language)

  if (!id) return null

  const create = async () => {
    setBusy(true)
    setError(undefined)
    const response = await fetch(`${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}/next-edition`, {
      body: JSON.stringify({ offsetDays: Number(days) }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    }).catch(() => undefined)
    const body = response ? await response.json().catch(() => ({})) : {}
    if (response?.status === 201) {
      if (body.review?.length) setCreated(body)
      else router.push(body.adminUrl)
      return
    }
    setError(body?.errors?.[0]?.message ?? translate(i18n, 'nextEditionFailed'))
    setBusy(false)
  }

  return (
    <div style={{ position: 'relative' }}>
      <Button buttonStyle="secondary" margin={false} onClick={() => setOpen(!open)} size="medium">
        {translate(i18n, 'nextEditionOpen')}
      </Button>
      {open && (
        <div aria-label={translate(i18n, 'nextEditionOpen')} role="dialog" style={panelStyle}>
          <label htmlFor={inputId} style={{ display: 'block', fontWeight: 600 }}>
            {translate(i18n, 'nextEditionShift')}
          </label>
          <input
            id={inputId}
            max={maxOffsetDays}
            min={1}
            onChange={(change) => setDays(change.target.value)}
            step={1}
            style={{ margin: 'calc(var(--base) / 4) 0', width: '8rem' }}
            type="number"
            value={days}
          />
          {dates ? <p aria-live="polite">{translate(i18n, 'nextEditionDates', { dates })}</p> : null}
          <p style={{ fontSize: '0.85em', margin: '0 0 calc(var(--base) / 2)' }}>{translate(i18n, 'nextEditionExplain')}</p>
          {created ? (
            <div role="status">
              <p>{translate(i18n, 'nextEditionReview', { locales: created.review.join(', ') })}</p>
              <Button el="link" margin={false} size="medium" url={created.adminUrl}>
                {translate(i18n, 'nextEditionOpenNew')}
              </Button>
            </div>
          ) : null}
          {error && (
            <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {error}
            </p>
          )}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)' }}>
            <Button disabled={busy || Boolean(created)} margin={false} onClick={create} size="medium">
              {translate(i18n, 'nextEditionCreate')}
            </Button>
            <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => setOpen(false)} size="medium">
              {translate(i18n, 'nextEditionCancel')}
            </Button>
          </div>
        </div>
      )}
    </div>
  )
}
