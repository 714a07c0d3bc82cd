import type { EventSession } from '../data/event'
import { t, type Locale } from '../i18n/dictionary'
import { languages } from '@difu/programm/site'
import { formatLongDate } from '../lib/format'
import { optionLabel } from '../lib/labels'
import { mainLanguage, programmeDays } from '../lib/programme'
import { SessionCard } from './SessionCard'

type Props = { sessions: EventSession[]; locale: Locale }

/**
 * The programme by day. Sessions that overlap in time form one slot and sit side by side on wide
 * screens (stacked on phones); everything else runs down the page in time order.
 */
export const Programme = ({ sessions, locale }: Props) => {
  const text = t(locale)
  if (sessions.length === 0) return null
  const language = mainLanguage(sessions)
  const card = (session: EventSession) => <SessionCard language={language} level={4} locale={locale} session={session} />
  return (
    <section aria-labelledby="programme" className="programme">
      <h2 id="programme">{text.programme}</h2>
      {language && language !== locale ? <p>{text.programmeLanguage(optionLabel(languages, language, locale))}</p> : null}
      {programmeDays(sessions).map(({ day, slots }) => (
        <section aria-labelledby={`day-${day}`} className="programme-day" key={day}>
          <h3 id={`day-${day}`}>{formatLongDate(slots[0][0].start, locale)}</h3>
          <ol className="programme-slots">
            {slots.map((slot) => (
              <li className="programme-slot" key={slot[0].id}>
                {slot.length === 1 ? (
                  card(slot[0])
                ) : (
                  <>
                    <p className="parallel__label">{text.parallel}</p>
                    <ul className="parallel">
                      {slot.map((session) => (
                        <li key={session.id}>{card(session)}</li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  )
}
