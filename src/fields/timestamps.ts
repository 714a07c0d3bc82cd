import type { Field } from 'payload'

const timestamp = (name: 'createdAt' | 'updatedAt', label: { de: string; en: string }): Field => ({
  name,
  type: 'date',
  admin: { disableBulkEdit: true, hidden: true },
  index: true,
  label,
})

/**
 * Payload's own timestamps, declared as Payload would add them (same columns), so that the
 * checks of `strictValues` cover them too: a request may send `createdAt`, and Payload stores it.
 */
export const withTimestamps = (fields: Field[]): Field[] => {
  const named = new Set(fields.map((field) => ('name' in field ? field.name : undefined)))
  return [
    ...fields,
    ...(named.has('updatedAt') ? [] : [timestamp('updatedAt', { de: 'Geändert am', en: 'Updated at' })]),
    ...(named.has('createdAt') ? [] : [timestamp('createdAt', { de: 'Erstellt am', en: 'Created at' })]),
  ]
}
