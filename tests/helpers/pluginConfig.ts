import type { CollectionConfig, Config } from 'payload'

import { eventsPlugin, type EventsPluginConfig } from '../../src'
import { siteLocalization } from './localization'

/** The 7 collections the plugin adds, by their default slug. */
export const pluginCollections = ['events', 'media', 'organisations', 'sessions', 'speakers', 'topics', 'venues']

/** A site's config before the plugin runs: one collection of its own, and its content languages. */
export const siteConfig = (extra: Partial<Config> = {}): Config =>
  ({
    collections: [{ slug: 'users', auth: true, fields: [{ name: 'name', type: 'text' }] }],
    localization: siteLocalization,
    ...extra,
  }) as Config

/** Runs the plugin on a site config and returns the result. */
export const applyPlugin = (options?: EventsPluginConfig, config: Config = siteConfig()): Config =>
  eventsPlugin(options)(config)

export const collectionOf = (config: Config, slug: string): CollectionConfig => {
  const found = config.collections?.find((collection) => collection.slug === slug)
  if (!found) throw new Error(`No collection ${slug} in ${config.collections?.map((c) => c.slug).join(', ')}`)
  return found
}
