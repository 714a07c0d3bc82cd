import type { ExportLocale } from '../shared/answers'

/** The few words a schedule carries besides the content, in the schedule's language. */
const labels = {
  de: { venue: 'Veranstaltungsort', page: 'Programmpunkt auf der Veranstaltungsseite', recording: 'Aufzeichnung' },
  en: { venue: 'Venue', page: 'Session on the event page', recording: 'Recording' },
}

/** Locales without their own words get the English ones. */
export const scheduleLabels = (locale: ExportLocale) => labels[locale as keyof typeof labels] ?? labels.en
