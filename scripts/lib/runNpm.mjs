/**
 * Runs `npm run --silent <script>` the way a user would, with the process group killed once
 * `limitMs` has passed, so a command that stalls is counted rather than waited on forever.
 * Resolves { code, output, seconds, timedOut }.
 */
import { spawn } from 'node:child_process'

export const runNpm = (script, { cwd, env, limitMs }) =>
  new Promise((resolve) => {
    const started = Date.now()
    // not the caller's NODE_OPTIONS (Jest's, for one): the npm scripts set their own
    const childEnv = { ...process.env, ...env, NODE_OPTIONS: '' }
    const child = spawn('npm', ['run', '--silent', script], { cwd, detached: true, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      process.kill(-child.pid, 'SIGKILL') // npm, the shell and node: the whole group
    }, limitMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output, seconds: (Date.now() - started) / 1000, timedOut })
    })
  })
