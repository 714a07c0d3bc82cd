import type { I18n } from '@payloadcms/translations'
import type { Config } from 'payload'

import { de, type ProgrammKey } from './de'
import { en } from './en'

export type { ProgrammKey } from './de'

/** The namespace of the plugin's texts in Payload's translations: `programm:<key>`. */
export const namespace = 'programm'

/** The plugin's texts by language, in the shape of `config.i18n.translations`. */
export const programmTranslations = { de: { [namespace]: de }, en: { [namespace]: en } }

/** Payload's chosen language and its `t`: `req.i18n` on the server, `useTranslation().i18n` in the admin. */
export type Texts = Pick<I18n, 'fallbackLanguage' | 'language' | 't'>

/** Anything with Payload's `t`: `req.i18n`, `req`, or `useTranslation()` in the admin. */
type HasT = { t: (key: never, vars?: Record<string, unknown>) => string }

/**
 * The plugin's text in the language Payload chose for the request or the admin panel
 * (`req.t`, `useTranslation().t`). Payload types `t` for its own keys only, hence this wrapper.
 */
export const translate = (
  i18n: HasT,
  key: ProgrammKey,
  vars?: Record<string, number | string>,
): string => (i18n.t as (key: string, vars?: Record<string, unknown>) => string)(`${namespace}:${key}`, vars)

/**
 * The host's `i18n` with the plugin's texts merged in: the host's own translations, in every
 * language and namespace, are kept, and the host may override any of the plugin's keys.
 */
export const withTranslations = (i18n: Config['i18n']): Config['i18n'] => {
  const host = (i18n?.translations ?? {}) as Record<string, Record<string, Record<string, string>>>
  const languages = new Set([...Object.keys(programmTranslations), ...Object.keys(host)])
  const merged = Object.fromEntries(
    [...languages].map((language) => {
      const ours = programmTranslations[language as keyof typeof programmTranslations]?.[namespace]
      const theirs = host[language] ?? {}
      return [language, ours ? { ...theirs, [namespace]: { ...ours, ...theirs[namespace] } } : theirs]
    }),
  )
  return { ...i18n, translations: merged as NonNullable<Config['i18n']>['translations'] }
}
