import { languages, sessionKinds } from '../../src/lib/vocabulary'
import type { EventSession } from '../data/event'
import { t, type Locale } from '../i18n/dictionary'
import { sessionIcsPath } from '../lib/exportLinks'
import { formatTimeRange } from '../lib/format'
import { optionLabel } from '../lib/labels'
import { populated } from '../lib/populated'
import { safeUrl } from '../lib/safeUrl'
import { FileList } from './FileList'
import { Heading, type Level } from './Heading'
import { PeopleList } from './PeopleList'
import { RichText } from './RichText'
import { Time } from './Time'

type Props = { session: EventSession; locale: Locale; level: Level }

/** One programme item: time, kind, room, title, abstract, people, details, materials, recording. */
export const SessionCard = ({ session, locale, level }: Props) => {
  const text = t(locale)
  const recording = safeUrl(session.recordingUrl)
  const materials = (session.materials ?? []).filter((row) => populated(row.file)?.url)
  return (
    <article className={`session session--${session.kind}`} id={session.slug ?? undefined}>
      <p className="session__meta">
        <Time value={session.start}>{formatTimeRange(session.start, session.end, locale)}</Time>
        <span className="session__kind">{optionLabel(sessionKinds, session.kind, locale)}</span>
        {session.room ? (
          <span>
            {text.room}: {session.room}
          </span>
        ) : null}
        {session.track ? (
          <span>
            {text.track}: {session.track}
          </span>
        ) : null}
        {session.language && session.language !== locale ? (
          <span>
            {text.sessionLanguage}: {optionLabel(languages, session.language, locale)}
          </span>
        ) : null}
      </p>
      <Heading className="session__title" level={level}>
        {session.title}
      </Heading>
      {session.abstract ? <p className="session__abstract">{session.abstract}</p> : null}
      <PeopleList locale={locale} people={session.speakers} />
      {session.description ? (
        <details className="session__details">
          <summary>{text.moreAboutSession}</summary>
          <RichText data={session.description} locale={locale} />
        </details>
      ) : null}
      {materials.length ? (
        <div className="session__materials">
          <p className="session__label">{text.materials}</p>
          <FileList files={materials} locale={locale} />
        </div>
      ) : null}
      {recording ? (
        <p>
          <a className="session__recording" href={recording}>
            {text.recording}
          </a>
        </p>
      ) : null}
      <p className="session__ics">
        <a href={sessionIcsPath(session.id, locale)} type="text/calendar">
          {text.sessionIcs}
          <span className="visually-hidden">{text.sessionIcsFor(session.title)}</span>
        </a>
      </p>
    </article>
  )
}
