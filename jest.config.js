/**
 * Jest runs Payload (ESM only) through @swc/jest, as Payload's own jest.config.js did.
 * Integration tests run once per database: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set,
 * PostgreSQL with uuid ids (the stand-in for MongoDB's string ids) when TEST_POSTGRES_UUID_URL is set
 * (a database of its own: the schema differs), MongoDB when MONGODB_URL is set. A database that is
 * not configured is named as skipped.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const base = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    // the site reads the plugin by its package name, from source as tsconfig.json's paths do
    '^@difu/programm$': '<rootDir>/src/index.ts',
    '^@difu/programm/(client|rsc|site)$': '<rootDir>/src/exports/$1.ts',
    '\\.(css|scss)$': '<rootDir>/tests/helpers/emptyModule.js',
  },
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
}

const databases = [
  { name: 'sqlite', enabled: true },
  { name: 'postgres', enabled: Boolean(process.env.TEST_POSTGRES_URL), hint: 'TEST_POSTGRES_URL' },
  { name: 'postgres-uuid', enabled: Boolean(process.env.TEST_POSTGRES_UUID_URL), hint: 'TEST_POSTGRES_UUID_URL' },
  { name: 'mongodb', enabled: Boolean(process.env.MONGODB_URL), hint: 'MONGODB_URL' },
]

for (const { name, enabled, hint } of databases) {
  if (!enabled) console.log(`Skipping the ${name} integration tests: ${hint} is not set.`)
}

/** @type {import('jest').Config} */
const config = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    ...databases
      .filter(({ enabled }) => enabled)
      .map(({ name }) => ({
        ...base,
        displayName: name,
        setupFiles: ['<rootDir>/tests/setup/payloadPackages.js', `<rootDir>/tests/setup/${name}.js`],
        testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
      })),
  ],
  testTimeout: 120000,
}

export default config
