import { listEvents } from '../data/events'
import { topicsOf } from '../data/topics'
import type { Locale } from '../i18n/dictionary'
import { alternates } from '../i18n/routes'
import { pageMetadata } from '../lib/metadata'
import { HomeView } from '../views/HomeView'

/** `/` and `/en`. */
export const homePage = (locale: Locale) =>
  async function HomePage() {
    const events = await listEvents(locale)
    return <HomeView events={events} locale={locale} now={new Date()} topics={topicsOf(events, locale)} />
  }

export const homeMetadata = (locale: Locale) => pageMetadata({ locale, paths: alternates('home') })
