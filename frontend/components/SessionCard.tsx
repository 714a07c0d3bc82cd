import { languages, sessionKinds } from '@difu/programm/site'
import type { EventSession } from '../data/event'
import { langIfUntranslated } from '../data/untranslated'
import { t, type Locale } from '../i18n/dictionary'
import { sessionIcsPath } from '../lib/exportLinks'
import { formatTimeRange } from '../lib/format'
import { optionLabel } from '../lib/labels'
import { populated } from '../lib/populated'
import { isSpoken } from '../lib/programme'
import { safeUrl } from '../lib/safeUrl'
import { Embedded } from './Embedded'
import { FileList } from './FileList'
import { Heading, type Level } from './Heading'
import { PeopleList } from './PeopleList'
import { RichText } from './RichText'
import { Time } from './Time'

/** `language`: the programme's main language, named once above it (see mainLanguage). */
type Props = { session: EventSession; locale: Locale; level: Level; language?: string }

/**
 * One programme item: time, kind, room, title, abstract, people, details, materials, recording.
 * Its language only where it differs from the programme's; untranslated texts marked `lang`.
 */
export const SessionCard = ({ session, locale, level, language }: Props) => {
  const text = t(locale)
  const lang = (field: string) => langIfUntranslated(session.untranslated, field)
  const namedLanguage = isSpoken(session) && session.language !== (language ?? locale)
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
        {namedLanguage ? (
          <span>
            {text.sessionLanguage}: {optionLabel(languages, session.language, locale)}
          </span>
        ) : null}
      </p>
      <Heading className="session__title" lang={lang('title')} level={level}>
        {session.title}
      </Heading>
      {session.abstract ? <p className="session__abstract" lang={lang('abstract')}>
          {session.abstract}
        </p> : null}
      <PeopleList locale={locale} people={session.speakers} />
      {session.description ? (
        <details className="session__details">
          <summary>{text.moreAboutSession}</summary>
          <div lang={lang('description')}>
            <RichText data={session.description} locale={locale} />
          </div>
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
          <span className="visually-hidden">
            <Embedded lang={lang('title')} phrase={text.sessionIcsFor} text={session.title} />
          </span>
        </a>
      </p>
    </article>
  )
}
