import type { ReactNode } from 'react'

import { attendanceModes, registrationStates } from '@difu/programm/site'
import type { EventDoc } from '../data/event'
import { t, type Locale } from '../i18n/dictionary'
import { pagePath } from '../i18n/routes'
import { dayKey, formatDate, formatDateTime, formatTimeRange } from '../lib/format'
import { optionLabel } from '../lib/labels'
import { populated } from '../lib/populated'
import { safeUrl } from '../lib/safeUrl'
import { Time } from './Time'

type Props = { event: EventDoc; locale: Locale }

const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="facts__row">
    <dt>{term}</dt>
    <dd>{children}</dd>
  </div>
)

type Organisation = { id: number; name: string; url?: string | null }

const Organisations = ({ values }: { values: (number | Organisation)[] | null | undefined }) => (
  <ul className="inline-list">
    {(values ?? []).flatMap((value) => {
      const organisation = populated(value)
      if (!organisation) return []
      const url = safeUrl(organisation.url)
      return [<li key={organisation.id}>{url ? <a href={url}>{organisation.name}</a> : organisation.name}</li>]
    })}
  </ul>
)

/** When, where, how to attend and how to register, at a glance. */
export const FactsBox = ({ event, locale }: Props) => {
  const text = t(locale)
  const venue = populated(event.venue)
  const registration = event.registration ?? {}
  const registrationUrl = safeUrl(registration.url)
  // a cancelled or postponed event offers no stream and no registration
  const goingAhead = event.status !== 'cancelled' && event.status !== 'postponed'
  const stream = goingAhead && event.attendanceMode !== 'offline' ? safeUrl(event.streamUrl) : undefined
  const oneDay = dayKey(event.start) === dayKey(event.end)
  const topics = (event.topics ?? []).flatMap((value) => {
    const topic = populated(value)
    return topic?.slug ? [topic] : []
  })
  const contact = event.contact ?? {}
  return (
    <section aria-labelledby="facts" className="facts">
      <h2 id="facts">{text.atAGlance}</h2>
      <dl>
        {oneDay ? (
          <>
            <Fact term={text.date}>
              <Time value={event.start}>{formatDate(event.start, locale)}</Time>
            </Fact>
            <Fact term={text.time}>{formatTimeRange(event.start, event.end, locale)}</Fact>
          </>
        ) : (
          <>
            <Fact term={text.begins}>
              <Time value={event.start}>{formatDateTime(event.start, locale)}</Time>
            </Fact>
            <Fact term={text.ends}>
              <Time value={event.end}>{formatDateTime(event.end, locale)}</Time>
            </Fact>
          </>
        )}
        {venue ? (
          <Fact term={text.venue}>
            <a href={pagePath(locale, 'venue', venue.slug ?? '')}>{venue.name}</a>
            {venue.address?.city ? `, ${venue.address.city}` : null}
          </Fact>
        ) : null}
        <Fact term={text.attendance}>
          {optionLabel(attendanceModes, event.attendanceMode, locale)}
          {stream ? (
            <>
              {' – '}
              <a href={stream}>{text.stream}</a>
            </>
          ) : null}
        </Fact>
        {registration.state ? (
          <Fact term={text.registration}>
            <span>{optionLabel(registrationStates, registration.state, locale)}</span>
            {goingAhead && registrationUrl && (registration.state === 'open' || registration.state === 'waitlist') ? (
              <a className="button" href={registrationUrl}>
                {text.registerNow}
              </a>
            ) : null}
          </Fact>
        ) : null}
        {registration.deadline && registration.state !== 'notRequired' ? (
          <Fact term={text.deadline}>
            <Time value={registration.deadline}>{formatDateTime(registration.deadline, locale)}</Time>
          </Fact>
        ) : null}
        {registration.fee ? <Fact term={text.fee}>{registration.fee}</Fact> : null}
        {registration.capacity ? <Fact term={text.capacity}>{registration.capacity}</Fact> : null}
        {event.organisers?.length ? (
          <Fact term={text.organisers}>
            <Organisations values={event.organisers} />
          </Fact>
        ) : null}
        {event.partners?.length ? (
          <Fact term={text.partners}>
            <Organisations values={event.partners} />
          </Fact>
        ) : null}
        {topics.length ? (
          <Fact term={text.topics}>
            <ul className="inline-list">
              {topics.map((topic) => (
                <li key={topic.id}>
                  <a href={pagePath(locale, 'topic', topic.slug ?? '')}>{topic.name}</a>
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        {contact.name || contact.email || contact.phone ? (
          <Fact term={text.contact}>
            <ul className="plain-list">
              {contact.name ? <li>{contact.name}</li> : null}
              {contact.email ? (
                <li>
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </li>
              ) : null}
              {contact.phone ? (
                <li>
                  <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
                </li>
              ) : null}
            </ul>
          </Fact>
        ) : null}
      </dl>
    </section>
  )
}
