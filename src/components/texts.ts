/** A text of the plugin's admin components, in the admin's language (German unless English is chosen). */
export const pick = (language: string, text: { de: string; en: string }): string => (language === 'en' ? text.en : text.de)
