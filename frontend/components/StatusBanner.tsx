import type { EventDoc } from '../data/event'
import { t, type Locale } from '../i18n/dictionary'
import { formatDateTime, formatWhen } from '../lib/format'

type Props = { event: Pick<EventDoc, 'status' | 'previousStart' | 'start' | 'end'>; locale: Locale }

/** A cancelled, postponed, rescheduled or moved-online event says so at the top of its page. */
export const StatusBanner = ({ event, locale }: Props) => {
  if (event.status === 'scheduled') return null
  const text = t(locale)
  return (
    <div className={`status-banner status-banner--${event.status}`} role="status">
      <p className="status-banner__title">{text.statusBanner[event.status]}</p>
      {event.status === 'rescheduled' ? (
        <p>
          {event.previousStart ? `${text.previousDate(formatDateTime(event.previousStart, locale))} ` : null}
          {text.newDate(formatWhen(event.start, event.end, locale))}
        </p>
      ) : null}
    </div>
  )
}
