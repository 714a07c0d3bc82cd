import type { Option } from 'payload'

/** Select options with German and English labels, keyed by their stored value. */
export const options = (labels: Record<string, { de: string; en: string }>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ label, value }))
