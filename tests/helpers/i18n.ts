import { initI18n } from '@payloadcms/translations'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'

import { programmTranslations } from '../../src/translations'

/** Payload's i18n for one admin language with the plugin's texts, as `req.i18n` carries it. */
export const i18nIn = (language: 'de' | 'en') =>
  initI18n({
    config: { fallbackLanguage: 'de', supportedLanguages: { de, en }, translations: programmTranslations as never },
    context: 'api',
    language,
  })
