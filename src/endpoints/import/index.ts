import type { Endpoint } from 'payload'

import type { EventsCollection } from '../../types'
import { importEndpoint } from './importEndpoint'
import { prepareSessions } from './sessions'
import { prepareSpeakers } from './speakers'

/** CSV imports for editors: `POST /api/speakers/import` and `POST /api/sessions/import`. */
export const importEndpoints = (): Partial<Record<EventsCollection, Endpoint[]>> => ({
  sessions: [importEndpoint('sessions', prepareSessions)],
  speakers: [importEndpoint('speakers', prepareSpeakers)],
})
