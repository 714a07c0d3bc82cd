import type { PayloadRequest } from 'payload'

/** Validation messages of the plugin, in the admin languages it supports. */
const messages = {
  altRequired: {
    de: 'Bilder brauchen einen Alternativtext.',
    en: 'Images need alternative text.',
  },
  endBeforeStart: {
    de: 'Das Ende muss nach dem Beginn liegen.',
    en: 'The end must be after the start.',
  },
  eventNotFound: {
    de: 'Die gewählte Veranstaltung gibt es nicht.',
    en: 'The selected event does not exist.',
  },
  invalidUrl: {
    de: 'Bitte eine vollständige Webadresse mit https:// angeben.',
    en: 'Enter a full web address starting with https://.',
  },
  personTwice: {
    de: 'Jede Person steht nur einmal in einem Programmpunkt; bitte eine Rolle wählen.',
    en: 'Each person appears once in a session; please choose one role.',
  },
  offsetDays: {
    de: '„offsetDays“ muss eine ganze Zahl von 1 bis 3660 (Tagen) sein.',
    en: '“offsetDays” must be a whole number from 1 to 3660 (days).',
  },
  eventMissing: {
    de: 'Diese Veranstaltung gibt es nicht.',
    en: 'There is no such event.',
  },
  signInFirst: {
    de: 'Bitte zuerst anmelden.',
    en: 'Please sign in first.',
  },
  editorsOnly: {
    de: 'Nur die Redaktion darf Veranstaltungen anlegen.',
    en: 'Only editors may create events.',
  },
  roomTaken: {
    de: 'Der Raum „{room}“ ist zur selben Zeit durch „{session}“ belegt.',
    en: 'The room “{room}” is taken at the same time by “{session}”.',
  },
  speakerBusy: {
    de: '{person} wirkt zur selben Zeit in „{session}“ mit.',
    en: '{person} is already on at the same time in “{session}”.',
  },
  speakerUnconfirmed: {
    de: 'Die Zusage von {person} ist noch offen. Nach der Zusage „Zusage noch offen“ abwählen, dann veröffentlichen.',
    en: '{person} has not confirmed yet. Once they have, clear “To be confirmed”, then publish.',
  },
  speakersNeeded: {
    de: 'Ein Programmpunkt der Art „{kind}“ braucht mindestens eine mitwirkende Person.',
    en: 'A session of the kind “{kind}” needs at least one person.',
  },
  outsideEventDays: {
    de: 'Der Programmpunkt muss an einem Tag der Veranstaltung liegen ({days}).',
    en: 'The session must lie on a day of its event ({days}).',
  },
  sessionsOutsideEventDays: {
    de: 'Diese veröffentlichten Programmpunkte lägen dann außerhalb der Veranstaltungstage ({days}): {sessions}. Bitte zuerst verschieben.',
    en: 'These published sessions would then lie outside the event’s days ({days}): {sessions}. Please move them first.',
  },
} as const

export type MessageKey = keyof typeof messages

type Translatable = Pick<PayloadRequest, 'i18n'> | undefined

/** The text in the request's admin language: English if asked for, German otherwise. */
export const inLanguage = (req: Translatable, text: { de: string; en: string }): string =>
  req?.i18n?.language === 'en' ? text.en : text.de

export const message = (req: Translatable, key: MessageKey, values: Record<string, string> = {}): string =>
  Object.entries(values).reduce(
    (text, [name, value]) => text.replaceAll(`{${name}}`, value),
    inLanguage(req, messages[key]),
  )
