/**
 * `npm run test:package`: the plugin packed and installed into a fresh Payload site
 * (tests/package). Like the browser tests, but the test starts its own site, so there is no
 * global setup.
 */
import e2e from './jest.e2e.config.js'

const { globalSetup: _setup, globalTeardown: _teardown, ...browserTests } = e2e

/** @type {import('jest').Config} */
const config = {
  ...browserTests,
  displayName: 'package',
  testMatch: ['<rootDir>/tests/package/**/*.test.ts'],
  testTimeout: 300000,
}

export default config
