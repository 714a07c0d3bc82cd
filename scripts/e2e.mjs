/**
 * `npm run test:e2e`: browser tests against the production build on a freshly seeded database.
 * Checks what the tests need before Jest starts (a build, Chromium), then runs Jest with
 * jest.e2e.config.js in band; its global setup seeds the database and starts `next start`.
 * Extra arguments go to Jest, e.g. `npm run test:e2e -- -t "language switch"`.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { checkBuild, distDir, repoRoot, SetupError } from './e2e/server.mjs'

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

try {
  checkBuild(distDir())
  if (!fs.existsSync(chromium)) {
    throw new SetupError(
      `Chromium not found at ${chromium}. Install Debian's package with \`apt-get install -y chromium\`, or set CHROMIUM_PATH.`,
    )
  }
} catch (error) {
  console.error(`test:e2e cannot run.\n${error.message}`)
  process.exit(1)
}

const jest = path.join(repoRoot, 'node_modules/jest/bin/jest.js')
const child = spawn(
  process.execPath,
  [jest, '--config', 'jest.e2e.config.js', '--runInBand', ...process.argv.slice(2)],
  {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation --experimental-vm-modules' },
    stdio: 'inherit',
  },
)
const forward = (signal) => child.kill(signal)
process.on('SIGINT', forward)
process.on('SIGTERM', forward)
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
