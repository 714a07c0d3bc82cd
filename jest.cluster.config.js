/**
 * The cluster tests (`npm run test:cluster`): tests/cluster/**\/*.test.ts against the local cluster
 * of `npm run cluster:up` (nginx, two instances, the jobs worker, PostgreSQL, Redis), whose
 * addresses they read from tmp/cluster/cluster.json. scripts/cluster/test.mjs starts the cluster
 * (or uses one already up), runs these, and stops what it started.
 * TypeScript goes through SWC as in jest.config.js.
 */
/** @type {import('jest').Config} */
const config = {
  displayName: 'cluster',
  verbose: true,
  extensionsToTreatAsEsm: ['.ts'],
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/cluster/**/*.test.ts'],
  testTimeout: 120000,
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
}

export default config
