import { speakerRoles } from '../../src/lib/vocabulary'
import type { EventSession } from '../data/event'
import type { Locale } from '../i18n/dictionary'
import { pagePath } from '../i18n/routes'
import { optionLabel } from '../lib/labels'
import { populated } from '../lib/populated'

type Props = { people: EventSession['speakers']; locale: Locale }

const roleOrder = ['host', 'moderator', 'speaker', 'panelist'] as const

/** The people of a session by role ("Moderation: …"), each linked to their page. */
export const PeopleList = ({ people, locale }: Props) => {
  const entries = (people ?? []).flatMap(({ role, speaker, id }) => {
    const person = populated(speaker)
    return person?.slug ? [{ id: id ?? `${person.id}-${role}`, person, role }] : []
  })
  if (entries.length === 0) return null
  return (
    <dl className="people">
      {roleOrder
        .filter((role) => entries.some((entry) => entry.role === role))
        .map((role) => (
          <div key={role}>
            <dt>{optionLabel(speakerRoles, role, locale)}</dt>
            <dd>
              <ul className="inline-list">
                {entries
                  .filter((entry) => entry.role === role)
                  .map(({ id, person }) => {
                    const organisation = populated(person.organisation)?.name
                    return (
                      <li key={id}>
                        <a href={pagePath(locale, 'speaker', person.slug ?? '')}>{person.name}</a>
                        {organisation ? <span className="people__organisation"> ({organisation})</span> : null}
                      </li>
                    )
                  })}
              </ul>
            </dd>
          </div>
        ))}
    </dl>
  )
}
