import type { Payload } from 'payload'

/**
 * Identifiers (iCalendar UIDs, frab GUIDs) carry the site's host so two sites running the plugin
 * never collide in one calendar or one conference app.
 */
export const uidHost = (payload: Payload): string => {
  try {
    return payload.config.serverURL ? new URL(payload.config.serverURL).host : 'programm'
  } catch {
    return 'programm'
  }
}
