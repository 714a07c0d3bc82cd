import { checkDependencies, type Config, type Plugin } from 'payload'

/**
 * Outside production Payload checks at start that all its packages have one version, and stops
 * (an unhandled rejection) on `@payloadcms/storage-s3` and `@payloadcms/plugin-cloud-storage`:
 * their newest release is 3.90.1, and no 3.90.2 exists. They run on payload 3.90.2
 * (tests/int/s3-storage.test.ts), so that check is switched off here, before Payload starts, and
 * made again for the Payload packages this site installs, with those two held at the version tested.
 */
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'

const samePackageVersions = [
  'payload',
  '@payloadcms/db-mongodb',
  '@payloadcms/db-postgres',
  '@payloadcms/db-sqlite',
  '@payloadcms/drizzle',
  '@payloadcms/graphql',
  '@payloadcms/next/utilities',
  '@payloadcms/richtext-lexical',
  '@payloadcms/translations',
  '@payloadcms/ui/shared',
]

export const storagePackagesVersion = '3.90.1'

export const checkPayloadVersions = (): Promise<void> =>
  checkDependencies({
    dependencyGroups: [{ dependencies: samePackageVersions, name: 'payload', targetVersionDependency: 'payload' }],
    dependencyVersions: {
      '@payloadcms/plugin-cloud-storage': { required: true, version: storagePackagesVersion },
      '@payloadcms/storage-s3': { required: true, version: storagePackagesVersion },
    },
  })

/** Runs the check when Payload starts outside production, as Payload's own does; a mismatch stops the start. */
export const payloadVersions =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    onInit: async (payload) => {
      if (process.env.NODE_ENV !== 'production') await checkPayloadVersions()
      await config.onInit?.(payload)
    },
  })
