/**
 * `npm run test:cluster`: starts the local cluster (`npm run cluster:up`), runs the cluster tests
 * (jest.cluster.config.js) against it, and stops it again, also when the tests fail. A cluster
 * that is already up (tmp/cluster/cluster.json) is used as it is and left running.
 */
import { spawnSync } from 'node:child_process'

import { readState, repoRoot } from './cluster.mjs'

const run = (command, args, env = process.env) => spawnSync(command, args, { cwd: repoRoot, env, stdio: 'inherit' }).status ?? 1

const startedHere = !readState()
if (startedHere && run('node', ['scripts/cluster/up.mjs', ...process.argv.slice(2).filter((arg) => arg === '--reuse-build')]) !== 0) process.exit(1)
let code = 1
try {
  const jestArgs = process.argv.slice(2).filter((arg) => arg !== '--reuse-build')
  code = run('npx', ['jest', '--config', 'jest.cluster.config.js', '--runInBand', ...jestArgs], {
    ...process.env,
    NODE_OPTIONS: '--no-deprecation --experimental-vm-modules',
  })
} finally {
  if (startedHere) run('node', ['scripts/cluster/down.mjs'])
}
process.exit(code)
