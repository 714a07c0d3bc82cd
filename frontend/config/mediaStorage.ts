import { s3Storage } from '@payloadcms/storage-s3'
import type { Config, Plugin } from 'payload'

import { type S3Settings, s3Settings } from './s3Settings'

/**
 * The media collection's files in an S3-compatible bucket when S3_* is set (README "Production"),
 * in MEDIA_DIR otherwise. The storage plugin is there either way, switched off without settings:
 * its columns (`prefix`, `_objectKey`) and its admin component are then the same with and without
 * S3, so one set of migrations and one import map fit both.
 */
export const mediaStorage =
  (settings: S3Settings | undefined = s3Settings()): Plugin =>
  (config: Config): Config | Promise<Config> =>
    s3Storage({
      alwaysInsertFields: true,
      bucket: settings?.bucket ?? '',
      // an empty prefix, not none: storage-s3 adds the `prefix` column when switched on only then
      collections: { media: { prefix: '' } },
      config: settings
        ? {
            credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
            endpoint: settings.endpoint,
            forcePathStyle: settings.forcePathStyle,
            region: settings.region,
          }
        : {},
      enabled: Boolean(settings),
    })(withOwnAdminLists(config))

/** storage-s3 pushes its admin provider onto the lists of the config it is given: it gets copies. */
const withOwnAdminLists = (config: Config): Config => ({
  ...config,
  admin: {
    ...config.admin,
    components: { ...config.admin?.components, providers: [...(config.admin?.components?.providers ?? [])] },
    dependencies: { ...config.admin?.dependencies },
  },
})
