import { rest, signInAsEditor } from './site'

/**
 * Deletes what a test planned in the admin, so the demo stays as it was for the other browser
 * tests (the screenshots show the start page): each event with its sessions, then the other
 * documents, e.g. `['venues', id]`. Ids left empty (a step that failed) are passed over.
 */
export const removePlanned = async (events: string[], others: [collection: string, id: string][] = []): Promise<void> => {
  const token = await signInAsEditor()
  for (const id of events.filter(Boolean)) {
    await rest('DELETE', `/api/sessions?where[event][equals]=${id}`, undefined, token)
    await rest('DELETE', `/api/events/${id}`, undefined, token)
  }
  for (const [collection, id] of others.filter(([, id]) => id)) await rest('DELETE', `/api/${collection}/${id}`, undefined, token)
}
