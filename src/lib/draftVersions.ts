import type { CollectionConfig } from 'payload'

import { timeFormat, timeIntervals } from '../fields/berlinDate'

/**
 * Versions of the documents editors plan and publish (events, sessions):
 * - autosave: while an editor types, a pause of 300 ms saves a draft, and the admin panel then
 *   reloads the live preview with a freshly signed link, so the preview follows the typing. An
 *   autosave never publishes (Payload sends it as a draft) and updates its one autosaved version
 *   instead of adding a version each time. "Entwurf speichern" stays for a deliberate save.
 * - validate: with autosave alone, Payload creates an empty draft the moment the create page (or
 *   a drawer) opens. Validated drafts turn that off, so only a saved document autosaves; the
 *   publishing rules still run only on publishing (`onPublish`).
 * - schedulePublish: editors pick a publication time; Payload's jobs queue publishes then.
 */
export const draftVersions: NonNullable<CollectionConfig['versions']> = {
  drafts: { autosave: { interval: 300, showSaveDraftButton: true }, schedulePublish: { timeFormat, timeIntervals }, validate: true },
  maxPerDoc: 50,
}
