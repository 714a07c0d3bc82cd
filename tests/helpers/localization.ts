import type { LocalizationConfig } from 'payload'

/** The content languages of a test site: German by default, English with German fallback. */
export const siteLocalization: LocalizationConfig = {
  defaultLocale: 'de',
  fallback: true,
  locales: [
    { code: 'de', label: 'Deutsch' },
    { code: 'en', label: 'English' },
  ],
}
