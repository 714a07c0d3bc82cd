import type { CollectionBeforeChangeHook } from 'payload'

import { personName } from '../../../src/lib/personName'

/** Keeps the stored display name ("Prof. Dr. Anna Beispiel") in step with its parts. */
export const setName: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({
  ...data,
  name: personName({ ...originalDoc, ...data }),
})
