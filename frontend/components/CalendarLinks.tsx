import type { EventDoc } from '../data/event'
import { t, type Locale } from '../i18n/dictionary'
import { eventIcsPath, googleCalendarUrl, schedulePath } from '../lib/exportLinks'

type Props = { event: EventDoc; hasSessions: boolean; locale: Locale }

/** "Add to calendar": the event and its programme as iCalendar files, Google Calendar, frab schedule. */
export const CalendarLinks = ({ event, hasSessions, locale }: Props) => {
  const text = t(locale)
  const slug = event.slug
  if (!slug) return null
  // the .ics files stay for a cancelled event (they carry the cancellation to calendars that hold
  // it); Google's form would only add a new entry for an event without a (valid) date
  const datable = event.status !== 'cancelled' && event.status !== 'postponed'
  return (
    <section aria-labelledby="calendar" className="exports">
      <h2 id="calendar">{text.addToCalendar}</h2>
      <ul className="exports__list">
        <li>
          <a href={eventIcsPath(slug, locale)} type="text/calendar">
            {text.eventIcs}
          </a>
        </li>
        {hasSessions ? (
          <li>
            <a href={eventIcsPath(slug, locale, true)} type="text/calendar">
              {text.programmeIcs}
            </a>
          </li>
        ) : null}
        {datable ? (
          <li>
            <a href={googleCalendarUrl(event, locale)}>{text.googleCalendar}</a>
          </li>
        ) : null}
        {hasSessions ? (
          <li>
            {text.frabSchedule}:{' '}
            <a href={schedulePath(slug, 'xml', locale)} type="application/xml">
              XML<span className="visually-hidden">{text.frabScheduleFormat}</span>
            </a>
            {', '}
            <a href={schedulePath(slug, 'json', locale)} type="application/json">
              JSON<span className="visually-hidden">{text.frabScheduleFormat}</span>
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  )
}
