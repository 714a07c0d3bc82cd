import { sessionKinds, speakerRoles } from '@difu/programm/site'
import type { SpeakerSession } from '../data/speaker'
import { langIfUntranslated } from '../data/untranslated'
import { t, type Locale } from '../i18n/dictionary'
import { pagePath } from '../i18n/routes'
import { formatWhen } from '../lib/format'
import { optionLabel } from '../lib/labels'
import { populated } from '../lib/populated'
import { safeUrl } from '../lib/safeUrl'
import { FileList } from './FileList'
import { Heading, type Level } from './Heading'
import { Time } from './Time'

type Props = { sessions: SpeakerSession[]; speakerId: number; locale: Locale; level: Level; past?: boolean }

/** A speaker's sessions with event, time, role and room; past ones with materials and recordings. */
export const SpeakerSessionList = ({ sessions, speakerId, locale, level, past = false }: Props) => {
  const text = t(locale)
  return (
    <ul className="session-list">
      {sessions.map((session) => {
        const event = populated(session.event)
        const roles = (session.speakers ?? [])
          .filter(({ speaker }) => (populated(speaker)?.id ?? speaker) === speakerId)
          .map(({ role }) => optionLabel(speakerRoles, role, locale))
        const recording = past ? safeUrl(session.recordingUrl) : undefined
        const lang = (field: string) => langIfUntranslated(session.untranslated, field)
        return (
          <li className="session-list__item" key={session.id}>
            <Heading className="session-list__title" lang={lang('title')} level={level}>
              {session.title}
            </Heading>
            <dl className="facts facts--compact">
              {event ? (
                <div className="facts__row">
                  <dt>{text.atEvent}</dt>
                  <dd>
                    <a
                      href={`${pagePath(locale, 'event', event.slug ?? '')}${session.slug ? `#${session.slug}` : ''}`}
                      lang={lang('event.title')}
                    >
                      {event.title}
                    </a>
                  </dd>
                </div>
              ) : null}
              <div className="facts__row">
                <dt>{text.when}</dt>
                <dd>
                  <Time value={session.start}>{formatWhen(session.start, session.end, locale)}</Time>
                </dd>
              </div>
              <div className="facts__row">
                <dt>{text.role}</dt>
                <dd>{[...new Set(roles)].join(', ')} ({optionLabel(sessionKinds, session.kind, locale)})</dd>
              </div>
              {session.room ? (
                <div className="facts__row">
                  <dt>{text.room}</dt>
                  <dd>{session.room}</dd>
                </div>
              ) : null}
            </dl>
            {past ? <FileList files={session.materials} locale={locale} /> : null}
            {recording ? (
              <p>
                <a href={recording}>{text.recording}</a>
              </p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
