/** Messages of the CSV import, in the admin languages; `{name}` is replaced by a value. */
const texts = {
  ambiguous: {
    de: '„{value}“ passt auf mehrere Einträge ({matches}); bitte den Kurznamen (URL) angeben.',
    en: '“{value}” matches several entries ({matches}); please give the slug.',
  },
  badDate: {
    de: '„{value}“ ist kein Zeitpunkt; erwartet wird z. B. 2027-04-22 09:30 oder 22.04.2027 09:30 (Berliner Zeit).',
    en: '“{value}” is not a date and time; expected e.g. 2027-04-22 09:30 or 22.04.2027 09:30 (Berlin time).',
  },
  badOption: {
    de: '„{value}“ ist kein erlaubter Wert; erlaubt: {allowed}.',
    en: '“{value}” is not an allowed value; allowed: {allowed}.',
  },
  duplicate: {
    de: '„{value}“ gibt es schon (Kurzname {slug}).',
    en: '“{value}” already exists (slug {slug}).',
  },
  duplicateInFile: {
    de: '„{value}“ steht schon in Zeile {line}.',
    en: '“{value}” is already in line {line}.',
  },
  empty: {
    de: 'Die Datei enthält keine Datenzeilen.',
    en: 'The file holds no data rows.',
  },
  endBeforeStart: {
    de: 'Das Ende muss nach dem Beginn liegen.',
    en: 'The end must be after the start.',
  },
  missingColumn: {
    de: 'Die Spalte „{column}“ fehlt.',
    en: 'The column “{column}” is missing.',
  },
  notFound: {
    de: '„{value}“ wurde nicht gefunden.',
    en: '“{value}” was not found.',
  },
  outsideEvent: {
    de: 'Der Programmpunkt muss an einem Tag der Veranstaltung liegen ({days}).',
    en: 'The session must lie on a day of its event ({days}).',
  },
  required: {
    de: 'Dieses Feld ist erforderlich.',
    en: 'This field is required.',
  },
} as const

export type ImportMessage = keyof typeof texts
export type ImportLanguage = 'de' | 'en'

/** The message in `language` with its `{placeholders}` filled in. */
export const importMessage = (
  language: ImportLanguage,
  key: ImportMessage,
  values: Record<string, number | string> = {},
): string =>
  Object.entries(values).reduce(
    (text, [name, value]) => text.replaceAll(`{${name}}`, String(value)),
    texts[key][language] as string,
  )
