import type { CollectionConfig, Config, LocalizationConfig } from 'payload'

import { Events } from '../collections/Events'
import { Media } from '../collections/Media'
import { Organisations } from '../collections/Organisations'
import { Sessions } from '../collections/Sessions'
import { Speakers } from '../collections/Speakers'
import { Topics } from '../collections/Topics'
import { Venues } from '../collections/Venues'
import { pluginEndpoints } from './endpoints'
import { keepFieldErrors } from './lib/keepFieldErrors'
import { previewAdmin } from './lib/previewAdmin'
import { renameRelations } from './lib/renameRelations'
import { revalidateHooks } from './lib/revalidateHooks'
import type { CollectionOverride, EventsCollection, EventsPluginConfig } from './types'

export type {
  CollectionOverride,
  EventsCollection,
  EventsPluginConfig,
  PageUrlArgs,
  PreviewArgs,
  RevalidateArgs,
} from './types'

const collections: Record<EventsCollection, CollectionConfig> = {
  events: Events as CollectionConfig,
  media: Media as CollectionConfig,
  organisations: Organisations as CollectionConfig,
  sessions: Sessions as CollectionConfig,
  speakers: Speakers as CollectionConfig,
  topics: Topics as CollectionConfig,
  venues: Venues as CollectionConfig,
}

export const defaultLocalization: LocalizationConfig = {
  defaultLocale: 'de',
  fallback: true,
  locales: [
    { code: 'de', label: 'Deutsch' },
    { code: 'en', label: 'English' },
  ],
}

type HookMap = NonNullable<CollectionConfig['hooks']>

const mergeHooks = (...maps: (HookMap | undefined)[]): HookMap =>
  maps.reduce<HookMap>((merged, hooks) => {
    for (const [name, list] of Object.entries(hooks ?? {})) {
      const key = name as keyof HookMap
      merged[key] = [...((merged[key] as unknown[]) ?? []), ...(list as unknown[])] as never
    }
    return merged
  }, {})

const buildCollection = (
  name: EventsCollection,
  base: CollectionConfig,
  options: EventsPluginConfig,
  slugs: Record<string, string>,
): CollectionConfig => {
  const enabled = options.enabled !== false
  const { fields: fieldsOverride, hooks: hooksOverride, ...override }: CollectionOverride =
    options.overrides?.[name] ?? {}
  const defaultFields = renameRelations(base.fields, slugs)
  const revalidate = enabled && options.revalidate ? revalidateHooks(name, options.revalidate) : undefined
  return {
    ...base,
    ...override,
    slug: slugs[name],
    custom: { ...base.custom, ...override.custom, eventsCollection: name },
    access: { ...base.access, ...override.access },
    admin: {
      ...base.admin,
      ...(enabled && options.preview ? previewAdmin(name, options.preview) : {}),
      ...override.admin,
      ...(enabled ? {} : { hidden: true }),
    },
    // the plugin's own before the site's, so a site's endpoint of the same path cannot shadow them
    endpoints: [...(enabled ? pluginEndpoints(name, options) : []), ...(base.endpoints || []), ...(override.endpoints || [])],
    fields: fieldsOverride ? fieldsOverride({ defaultFields }) : defaultFields,
    hooks: mergeHooks(
      base.hooks,
      revalidate && { afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
      hooksOverride,
    ),
  }
}

/**
 * Adds Programm's event model (events, sessions, speakers, venues, topics, organisations, media)
 * to a Payload config. The incoming config is not changed; a new one is returned.
 */
export const eventsPlugin =
  (options: EventsPluginConfig = {}) =>
  (config: Config): Config => {
    const names = Object.keys(collections) as EventsCollection[]
    const slugs = Object.fromEntries(names.map((name) => [name, options.slugs?.[name] ?? name]))
    return {
      ...config,
      collections: [
        ...(config.collections ?? []),
        ...names.map((name) => buildCollection(name, collections[name], options, slugs)),
      ],
      hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), keepFieldErrors] },
      localization: config.localization || options.localization || defaultLocalization,
    }
  }
