import type { Endpoint } from 'payload'

import type { EventsCollection, EventsPluginConfig } from '../types'
import { calendarEndpoints } from './calendar'
import { feedEndpoints } from './feeds'
import { scheduleEndpoints } from './schedule'
import { importEndpoints } from './import'
import { searchEndpoints } from './search'
import { nextEditionEndpoints } from './nextEdition'

type EndpointGroup = (options: EventsPluginConfig) => Partial<Record<EventsCollection, Endpoint[]>>

/** Every group of the plugin's own endpoints, each from its folder under src/endpoints. */
const groups: EndpointGroup[] = [
  calendarEndpoints,
  feedEndpoints,
  scheduleEndpoints,
  importEndpoints,
  searchEndpoints,
  nextEditionEndpoints,
]

/** The plugin's endpoints of one collection, in the order of `groups`. */
export const pluginEndpoints = (name: EventsCollection, options: EventsPluginConfig): Endpoint[] =>
  groups.flatMap((group) => group(options)[name] ?? [])
