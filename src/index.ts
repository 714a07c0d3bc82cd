import type { CollectionConfig, Config, Payload } from 'payload'

import { Events } from '../collections/Events'
import { Media } from '../collections/Media'
import { Organisations } from '../collections/Organisations'
import { Sessions } from '../collections/Sessions'
import { Speakers } from '../collections/Speakers'
import { Topics } from '../collections/Topics'
import { Venues } from '../collections/Venues'
import { pluginEndpoints } from './endpoints'
import { strictValues } from './fields/strictValues'
import { withTimestamps } from './fields/timestamps'
import { answerWithoutFallback } from './lib/answerWithoutFallback'
import { fixPreferenceDelete } from './lib/door/deletePreference'
import { quietClientErrors, withQuietClientErrors } from './lib/door/quietClientErrors'
import { refuseBadArgs } from './lib/door/refuseBadArgs'
import { keepFieldErrors } from './lib/keepFieldErrors'
import { capReads } from './lib/limits/capReads'
import { previewAdmin } from './lib/previewAdmin'
import { withMapPick } from './lib/map/withMapPick'
import { renameRelations } from './lib/renameRelations'
import { revalidateHooks } from './lib/revalidateHooks'
import { withTranslations } from './translations'
import type { CollectionOverride, EventsCollection, EventsPluginConfig } from './types'

export { admins } from './access/admins'
export { editors } from './access/editors'
export { publishedOrSignedIn } from './access/publishedOrSignedIn'
export { strictValues } from './fields/strictValues'
export { collectionLabels } from './translations/label'
export { Users } from '../collections/Users'
export { sameAnswerWhenLocked } from '../collections/Users/hooks/sameAnswerWhenLocked'
export { berlinTimezones, dateTimeFormat } from './fields/berlinDate'
export { apiLimits } from './lib/limits/apiLimits'
export { graphQLLimits } from './lib/limits/graphQLLimits'
export type {
  CollectionOverride,
  EventsCollection,
  EventsPluginConfig,
  Id,
  LocalizedText,
  MapTilesOption,
  PageUrlArgs,
  PreviewArgs,
  RevalidateArgs,
  SiteOptions,
} from './types'
export { refuseBadRequests } from './lib/door/refuseBadRequests'
export { quietClientErrors }

const collections: Record<EventsCollection, CollectionConfig> = {
  events: Events as CollectionConfig,
  media: Media as CollectionConfig,
  organisations: Organisations as CollectionConfig,
  sessions: Sessions as CollectionConfig,
  speakers: Speakers as CollectionConfig,
  topics: Topics as CollectionConfig,
  venues: Venues as CollectionConfig,
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
  const baseFields = name === 'venues' && options.mapTiles ? withMapPick(base.fields, options.mapTiles) : base.fields
  const defaultFields = renameRelations(baseFields, slugs)
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
    // the site's own fields too: a value that does not fit its field never reaches the database
    fields: strictValues(withTimestamps(fieldsOverride ? fieldsOverride({ defaultFields }) : defaultFields)),
    hooks: mergeHooks(
      base.hooks,
      { afterError: [keepFieldErrors], beforeOperation: [capReads, answerWithoutFallback] },
      revalidate && { afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
      hooksOverride,
    ),
  }
}

/**
 * Every collection checks what reaches its operations over REST and GraphQL (`refuseBadArgs`):
 * the site's and Payload's own (preferences, locked documents, jobs, migrations) too, which
 * Payload adds after the plugins ran, hence on init. Appended, so the hooks already there stay.
 */
const refuseBadArgsEverywhere = (payload: Payload): void => {
  for (const { config } of Object.values(payload.collections)) {
    const hooks = (config.hooks ??= {} as never)
    if (!hooks.beforeOperation?.includes(refuseBadArgs)) hooks.beforeOperation = [...(hooks.beforeOperation ?? []), refuseBadArgs]
  }
}

/**
 * Adds Programm's event model (events, sessions, speakers, venues, topics, organisations, media)
 * to a Payload config. The incoming config is not changed; a new one is returned.
 */
export const eventsPlugin =
  (options: EventsPluginConfig = {}) =>
  (config: Config): Config => {
    // every text field is localized: the plugin needs the site's content languages, and owns none
    if (!config.localization) {
      throw new Error(
        'eventsPlugin: the Payload config has no `localization`. Set `localization: { locales, defaultLocale }` ' +
          'in buildConfig before the plugin runs; the plugin stores its texts in those locales.',
      )
    }
    const names = Object.keys(collections) as EventsCollection[]
    const slugs = Object.fromEntries(names.map((name) => [name, options.slugs?.[name] ?? name]))
    return {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          // what needs an editor's attention, above the collection tiles
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            ...(options.enabled === false ? [] : ['@difu/programm/rsc#EditorsDashboard']),
          ],
        },
      },
      collections: [
        ...(config.collections ?? []),
        ...names.map((name) => buildCollection(name, collections[name], options, slugs)),
      ],
      // the plugin's texts, under `programm:`, beside the host's own (which win on a clash)
      i18n: withTranslations(config.i18n),
      // the endpoints' refusals are the client's mistakes: logged as info, not as errors with a
      // stack; Payload keys levels by error name, its type lists only its own names
      loggingLevels: { EndpointRefusal: 'info', ...config.loggingLevels } as Config['loggingLevels'],
      logger: withQuietClientErrors(config.logger),
      onInit: async (payload) => {
        refuseBadArgsEverywhere(payload)
        fixPreferenceDelete(payload)
        await config.onInit?.(payload)
      },
    }
  }
