import type { ListedEvent } from '../data/events'
import { t, type Locale } from '../i18n/dictionary'
import { groupByYear, splitByTime } from '../lib/timeline'
import { EventList } from './EventList'
import { below, Heading, type Level } from './Heading'

type Props = {
  events: ListedEvent[]
  locale: Locale
  now: Date
  /** The level of the "Upcoming"/"Past" headings. */
  level: Level
  /** Shown when there are no events at all. */
  empty: string
  /** Prefix for heading ids, unique on the page. */
  idPrefix?: string
}

/** Upcoming events soonest first, then past events by year, latest first. */
export const EventTimeline = ({ events, locale, now, level, empty, idPrefix = 'events' }: Props) => {
  const text = t(locale)
  const { upcoming, past } = splitByTime(events, now)
  if (events.length === 0) return <p>{empty}</p>
  return (
    <>
      {upcoming.length > 0 ? (
        <section aria-labelledby={`${idPrefix}-upcoming`}>
          <Heading id={`${idPrefix}-upcoming`} level={level}>
            {text.upcoming}
          </Heading>
          <EventList events={upcoming} level={below(level)} locale={locale} />
        </section>
      ) : null}
      {past.length > 0 ? (
        <section aria-labelledby={`${idPrefix}-past`}>
          <Heading id={`${idPrefix}-past`} level={level}>
            {text.past}
          </Heading>
          {groupByYear(past).map(({ year, items }) => (
            <section aria-labelledby={`${idPrefix}-${year}`} key={year}>
              <Heading className="year-heading" id={`${idPrefix}-${year}`} level={below(level)}>
                {year}
              </Heading>
              <EventList events={items} level={below(below(level))} locale={locale} />
            </section>
          ))}
        </section>
      ) : null}
    </>
  )
}
