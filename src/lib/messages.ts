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
  outsideEventDays: {
    de: 'Der Programmpunkt muss an einem Tag der Veranstaltung liegen ({days}).',
    en: 'The session must lie on a day of its event ({days}).',
  },
} as const

export type MessageKey = keyof typeof messages

export const message = (
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  key: MessageKey,
  values: Record<string, string> = {},
): string => {
  const language = req?.i18n?.language === 'en' ? 'en' : 'de'
  return Object.entries(values).reduce(
    (text, [name, value]) => text.replaceAll(`{${name}}`, value),
    messages[key][language] as string,
  )
}
