import { JsonLd } from '../components/JsonLd'
import { Picture } from '../components/Picture'
import { RichText } from '../components/RichText'
import { SiteLayout } from '../components/SiteLayout'
import { SpeakerSessionList } from '../components/SpeakerSessionList'
import type { SpeakerDoc, SpeakerSession } from '../data/speaker'
import { langIfUntranslated } from '../data/untranslated'
import { t, type Locale } from '../i18n/dictionary'
import { alternates } from '../i18n/routes'
import { speakerJsonLd } from '../lib/jsonLd'
import { populated } from '../lib/populated'
import { safeUrl } from '../lib/safeUrl'
import { splitByTime } from '../lib/timeline'

type Props = { speaker: SpeakerDoc; sessions: SpeakerSession[]; locale: Locale; now: Date }

/** A speaker page: photo, position, biography, links and every session across events. */
export const SpeakerView = ({ speaker, sessions, locale, now }: Props) => {
  const text = t(locale)
  const photo = populated(speaker.photo)
  const organisation = populated(speaker.organisation)
  const links = (speaker.links ?? []).flatMap((link) => {
    const url = safeUrl(link.url)
    return url ? [{ id: link.id ?? url, label: link.label, url }] : []
  })
  const { upcoming, past } = splitByTime(sessions, now)
  const lang = (field: string) => langIfUntranslated(speaker.untranslated, field)
  return (
    <SiteLayout locale={locale} paths={alternates('speaker', speaker.slug ?? '')}>
      <JsonLd data={speakerJsonLd({ locale, speaker })} />
      <article className="profile">
        <header className="profile__header">
          {photo ? <Picture className="profile__photo" media={photo} priority sizes="10rem" /> : null}
          <div>
            <h1>{speaker.name}</h1>
            {speaker.position ? <p className="profile__position" lang={lang('position')}>
                {speaker.position}
              </p> : null}
            {organisation ? <p className="profile__organisation" lang={lang('organisation.name')}>
                {organisation.name}
              </p> : null}
          </div>
        </header>
        {speaker.bio ? (
          <section aria-labelledby="bio">
            <h2 id="bio">{text.biography}</h2>
            <div lang={lang('bio')}>
              <RichText data={speaker.bio} locale={locale} />
            </div>
          </section>
        ) : null}
        {links.length ? (
          <section aria-labelledby="links">
            <h2 id="links">{text.links}</h2>
            <ul>
              {links.map((link) => (
                <li key={link.id}>
                  <a href={link.url}>{link.label}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="sessions">
          <h2 id="sessions">{text.speakerSessions}</h2>
          {sessions.length === 0 ? <p>{text.noSessions}</p> : null}
          {upcoming.length ? (
            <section aria-labelledby="sessions-upcoming">
              <h3 id="sessions-upcoming">{text.upcomingSessions}</h3>
              <SpeakerSessionList level={4} locale={locale} sessions={upcoming} speakerId={speaker.id} />
            </section>
          ) : null}
          {past.length ? (
            <section aria-labelledby="sessions-past">
              <h3 id="sessions-past">{text.pastSessions}</h3>
              <SpeakerSessionList level={4} locale={locale} past sessions={past} speakerId={speaker.id} />
            </section>
          ) : null}
        </section>
      </article>
    </SiteLayout>
  )
}
