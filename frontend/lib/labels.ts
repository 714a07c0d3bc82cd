import type { Option } from 'payload'

import type { Locale } from '../i18n/dictionary'

/** The reader-facing label of a stored select value, from the model's own { de, en } option labels. */
export const optionLabel = (options: Option[], value: string | null | undefined, locale: Locale): string => {
  if (!value) return ''
  const option = options.find((item) => typeof item === 'object' && item.value === value)
  const label = typeof option === 'object' ? option.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return (label as Partial<Record<Locale, string>>)[locale] ?? value
  return value
}
