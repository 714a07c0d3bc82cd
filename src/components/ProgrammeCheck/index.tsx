'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import { useApi } from '../shared/api'
import { type Problem, ProblemList } from '../shared/ProblemList'
import { type ProgrammKey, translate } from '../../translations'

type Checked = { id: number | string; title: string; status?: string; problems: Problem[] }
type Published = { published: { title: string }[]; refused: Checked[] }

/**
 * In the event's programme tab: every clash of its sessions (drafts included) and one button that
 * publishes the whole programme; what clashes is refused, listed, and stays a draft.
 * `sessionsSlug`: where the sessions collection lives (a site may rename it).
 */
export const ProgrammeCheck = ({ sessionsSlug = 'sessions' }: { sessionsSlug?: string }) => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const router = useRouter()
  const api = useApi()
  const t = (key: ProgrammKey, values?: Record<string, string>) => translate(i18n, key, values)
  const [sessions, setSessions] = useState<Checked[]>()
  const [result, setResult] = useState<Published>()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)

  // counts up after a publish, to check again
  const [checks, setChecks] = useState(0)

  useEffect(() => {
    if (!id) return
    let cancelled = false
    api<{ sessions: Checked[] }>(`/${sessionsSlug}/programme-check?event=${encodeURIComponent(String(id))}`)
      .then((answer) => {
        if (cancelled) return
        setSessions(answer.sessions)
        setFailed(false)
      })
      .catch(() => {
        if (!cancelled) setFailed(true)
      })
    return () => {
      cancelled = true
    }
  }, [api, checks, id, sessionsSlug])

  if (!id) return <p className="field-description">{t('programmeSaveFirst')}</p>

  const publish = async () => {
    setBusy(true)
    try {
      setResult(await api<Published>(`/${sessionsSlug}/publish-programme?event=${encodeURIComponent(String(id))}`, { body: {}, method: 'POST' }))
      setChecks((count) => count + 1)
      router.refresh()
    } catch {
      setFailed(true)
    }
    setBusy(false)
  }

  const clashing = (sessions ?? []).filter((session) => session.problems.length)
  const drafts = (sessions ?? []).filter((session) => session.status !== 'published')
  return (
    <section aria-labelledby="programme-check" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h3 id="programme-check">{t('programmeHeading')}</h3>
      {failed ? <p role="alert">{t('programmeFailed')}</p> : null}
      {sessions && sessions.length === 0 ? <p>{t('programmeEmpty')}</p> : null}
      {sessions && sessions.length > 0 && clashing.length === 0 ? <p>{t('programmeClean')}</p> : null}
      {clashing.map((session) => (
        <div key={session.id}>
          <p style={{ fontWeight: 600, margin: 'calc(var(--base) / 2) 0 0' }}>{session.title}</p>
          <ProblemList problems={session.problems} />
        </div>
      ))}
      {drafts.length ? (
        <>
          <p>{t('programmeDrafts', { count: String(drafts.length) })}</p>
          <Button disabled={busy} margin={false} onClick={publish} size="medium">
            {t('programmePublish')}
          </Button>
        </>
      ) : null}
      {result ? (
        <div aria-live="polite" role="status">
          <p>{t('programmePublished', { count: String(result.published.length) })}</p>
          {result.refused.length ? (
            <>
              <p>{t('programmeRefused')}</p>
              {result.refused.map((session) => (
                <div key={session.id}>
                  <p style={{ fontWeight: 600, margin: 0 }}>{session.title}</p>
                  <ProblemList problems={session.problems} />
                </div>
              ))}
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
