'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { defaultOffsetDays, maxOffsetDays } from '../../lib/nextEdition/offsetDays'
import { pick } from '../texts'
import { texts } from './texts'

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

/**
 * "Create next edition" in a saved event's edit view: asks how far to move the dates, calls
 * `POST /api/<events>/:id/next-edition` and opens the new draft.
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
  const t = (key: keyof typeof texts) => pick(i18n.language, texts[key])

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
      router.push(body.adminUrl)
      return
    }
    setError(body?.errors?.[0]?.message ?? t('failed'))
    setBusy(false)
  }

  return (
    <div style={{ position: 'relative' }}>
      <Button buttonStyle="secondary" margin={false} onClick={() => setOpen(!open)} size="medium">
        {t('open')}
      </Button>
      {open && (
        <div aria-label={t('open')} role="dialog" style={panelStyle}>
          <label htmlFor={inputId} style={{ display: 'block', fontWeight: 600 }}>
            {t('shift')}
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
          <p style={{ fontSize: '0.85em', margin: '0 0 calc(var(--base) / 2)' }}>{t('explain')}</p>
          {error && (
            <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {error}
            </p>
          )}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)' }}>
            <Button disabled={busy} margin={false} onClick={create} size="medium">
              {t('create')}
            </Button>
            <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => setOpen(false)} size="medium">
              {t('cancel')}
            </Button>
          </div>
        </div>
      )}
    </div>
  )
}
