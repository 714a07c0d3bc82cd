import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import type { Payload } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type { ReactNode } from 'react'

import { dateTimeFormat } from '../../fields/berlinDate'
import { dashboardAttention, type DocLink } from '../../lib/dashboard/attention'
import { eventTimeZone } from '../../lib/timeZone'
import { type ProgrammKey, type Texts, translate } from '../../translations'

type Props = { i18n: Texts; locale?: { code?: string } | string; payload: Payload }

const sectionStyle = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m)',
  padding: 'calc(var(--base) * 0.75)',
} as const

const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const

/**
 * Above the collection tiles: what an editor planning events should look at (upcoming events
 * with their draft sessions, open confirmations, scheduled publications, drafts that would clash
 * on publishing), each entry linking to its document. Data: src/lib/dashboard/attention.ts.
 */
export const EditorsDashboard = async ({ i18n, locale, payload }: Props) => {
  const t = (key: ProgrammKey, values?: Record<string, string | number>) => translate(i18n, key, values)
  const code = typeof locale === 'string' ? locale : locale?.code
  const attention = await dashboardAttention(payload, { locale: code })
  const adminRoute = payload.config.routes.admin
  const href = ({ collection, id }: DocLink) => formatAdminURL({ adminRoute, path: `/collections/${collection}/${id}` })
  const when = (instant: string) => `${format(new TZDate(new Date(instant).getTime(), eventTimeZone), dateTimeFormat)}`

  const section = (id: string, heading: string, empty: string, items: ReactNode[]) => (
    <section aria-labelledby={id} style={sectionStyle}>
      <h3 id={id} style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {heading}
      </h3>
      {items.length ? <ul style={listStyle}>{items}</ul> : <p style={{ margin: 0 }}>{empty}</p>}
    </section>
  )

  return (
    <div className="editors-dashboard" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h2 style={{ marginBottom: 'var(--base)' }}>{t('dashboardHeading')}</h2>
      <div style={{ display: 'grid', gap: 'var(--base)', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))' }}>
        {section(
          'dashboard-upcoming',
          t('dashboardUpcoming'),
          t('dashboardNoUpcoming'),
          attention.upcoming.map((event) => (
            <li key={String(event.id)} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
              <a href={href(event)}>{event.title}</a>
              <br />
              <small>
                {when(event.start)} ({t('dashboardTimeZone')}) · {t('dashboardDraftSessions', { count: event.draftSessions })}
              </small>
            </li>
          )),
        )}
        {section(
          'dashboard-unconfirmed',
          t('dashboardUnconfirmed'),
          t('dashboardNoUnconfirmed'),
          attention.unconfirmed.map(({ person, session }) => (
            <li key={`${person.id}-${session.id}`} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
              <a href={href(person)}>{person.title}</a> <a href={href(session)}>{t('dashboardInSession', { session: session.title })}</a>
            </li>
          )),
        )}
        {section(
          'dashboard-scheduled',
          t('dashboardScheduled'),
          t('dashboardNoScheduled'),
          attention.scheduled.map((entry) => (
            <li key={`${entry.collection}-${entry.id}-${entry.at}`} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
              <a href={href(entry)}>{entry.title}</a>
              <br />
              <small>
                {t(entry.type === 'publish' ? 'dashboardPublish' : 'dashboardUnpublish')}: {when(entry.at)} ({t('dashboardTimeZone')})
              </small>
            </li>
          )),
        )}
        {section(
          'dashboard-clashes',
          t('dashboardClashes'),
          t('dashboardNoClashes'),
          attention.clashes.map(({ kind, other, session }) => (
            <li key={`${session.id}-${other.id}`} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
              <a href={href(session)}>{session.title}</a>
              <br />
              <small>
                <a href={href(other)}>{t(kind === 'room' ? 'dashboardRoom' : 'dashboardSpeaker', { other: other.title })}</a>
              </small>
            </li>
          )),
        )}
      </div>
    </div>
  )
}
