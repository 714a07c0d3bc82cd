import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Config } from 'payload'

import { Users } from '../../collections/Users'
import { eventsPlugin, type EventsPluginConfig } from '../../src'
import { siteLocalization } from './localization'
import { startPayloadWith, type TestContext, testDatabaseAdapter } from './payload'

/**
 * Boots another site that uses the plugin with `options` on a fresh database: its own users, its
 * content locales, and whatever `extra` adds to its config.
 */
export const startSiteWith = (options: EventsPluginConfig, extra: Partial<Config> = {}): Promise<TestContext> =>
  startPayloadWith((url) =>
    buildConfig({
      admin: { user: Users.slug },
      collections: [Users],
      db: testDatabaseAdapter(url),
      editor: lexicalEditor(),
      localization: siteLocalization,
      plugins: [eventsPlugin(options)],
      secret: 'test-site',
      ...extra,
    }),
  )
