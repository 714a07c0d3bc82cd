/**
 * Browser tests (`npm run test:e2e`): tests/e2e/**\/*.test.ts in Chromium against `next start` on a
 * freshly seeded database. The global setup starts that server (see scripts/e2e/server.mjs) and
 * hands its address and the test accounts to the tests through environment variables.
 * TypeScript goes through SWC as in jest.config.js.
 */
/** @type {import('jest').Config} */
const config = {
  displayName: 'e2e',
  verbose: true,
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  globalSetup: '<rootDir>/tests/e2e/setup/globalSetup.mjs',
  globalTeardown: '<rootDir>/tests/e2e/setup/globalTeardown.mjs',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
  testTimeout: 60000,
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
        module: { type: 'es6' },
      },
    ],
  },
}

export default config
