import { speakerRoles } from '@difu/programm/site'
import type { EventSession } from '../data/event'
import { t, type Locale } from '../i18n/dictionary'
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
  const roleLabel = (role: (typeof roleOrder)[number], count: number) =>
    count > 1 ? t(locale).rolesPlural[role] : optionLabel(speakerRoles, role, locale)
  return (
    <dl className="people">
      {roleOrder
        .map((role) => [role, entries.filter((entry) => entry.role === role)] as const)
        .filter(([, inRole]) => inRole.length > 0)
        .map(([role, inRole]) => (
          <div key={role}>
            <dt>{roleLabel(role, inRole.length)}</dt>
            <dd>
              <ul className="inline-list">
                {inRole.map(({ id, person }) => {
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
