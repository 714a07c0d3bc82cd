import type { EventSession } from '../data/event'
import { t, type Locale } from '../i18n/dictionary'
import { pagePath } from '../i18n/routes'
import { populated } from '../lib/populated'
import { Picture } from './Picture'

type Props = { sessions: EventSession[]; locale: Locale }

type Person = Exclude<NonNullable<EventSession['speakers']>[number]['speaker'], number>

/** Everyone who appears in the programme, once each, by family name. */
const peopleOf = (sessions: EventSession[], locale: Locale): Person[] => {
  const people = new Map<number, Person>()
  for (const session of sessions) {
    for (const { speaker } of session.speakers ?? []) {
      const person = populated(speaker)
      if (person?.slug) people.set(person.id, person)
    }
  }
  return [...people.values()].sort((a, b) => (a.familyName ?? '').localeCompare(b.familyName ?? '', locale))
}

/** The event's speakers and moderators with photo, name, position and organisation. */
export const SpeakerGrid = ({ sessions, locale }: Props) => {
  const people = peopleOf(sessions, locale)
  if (people.length === 0) return null
  return (
    <section aria-labelledby="speakers" className="speakers">
      <h2 id="speakers">{t(locale).speakers}</h2>
      <ul className="speaker-grid">
        {people.map((person) => {
          const photo = populated(person.photo)
          const organisation = populated(person.organisation)?.name
          return (
            <li className="speaker-card" key={person.id}>
              {photo ? (
                <Picture
                  className="speaker-card__photo"
                  media={photo}
                  sizes="(min-width: 64rem) 12rem, (min-width: 30rem) 30vw, 40vw"
                />
              ) : (
                <span aria-hidden="true" className="speaker-card__photo speaker-card__photo--empty" />
              )}
              <h3 className="speaker-card__name">
                <a href={pagePath(locale, 'speaker', person.slug ?? '')}>{person.name}</a>
              </h3>
              {person.position ? <p className="speaker-card__position">{person.position}</p> : null}
              {organisation ? <p className="speaker-card__organisation">{organisation}</p> : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
