/**
 * Keeps one service of the local cluster running, as systemd would on a server: starts the command
 * given after `--`, and starts it again a second after it ends (a crash, `kill -9`), until this
 * process gets SIGTERM, which it passes on to the service's process group before it ends.
 * Writes the service's current pid to <pidFile> (tests kill it to simulate a crash).
 *
 * node scripts/cluster/supervise.mjs <name> <pidFile> <logFile> -- <command> [args…]
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'

const [name, pidFile, logFile, separator, command, ...args] = process.argv.slice(2)
if (separator !== '--' || !command) {
  console.error('usage: supervise.mjs <name> <pidFile> <logFile> -- <command> [args…]')
  process.exit(2)
}

const restartDelayMs = 1000
const log = fs.openSync(logFile, 'a')
let child
let stopping = false

const start = () => {
  child = spawn(command, args, { detached: true, env: process.env, stdio: ['ignore', log, log] })
  fs.writeFileSync(pidFile, String(child.pid))
  child.on('exit', (code, signal) => {
    fs.writeSync(log, `\n[${name}] ended (${signal ?? `exit code ${code}`})${stopping ? '' : `, restarting in ${restartDelayMs} ms`}\n`)
    if (stopping) process.exit(0)
    setTimeout(start, restartDelayMs)
  })
}

const stop = () => {
  stopping = true
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    process.exit(0) // already gone
  }
  // a service that ignores SIGTERM is ended after 10 s
  setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } finally {
      process.exit(0)
    }
  }, 10_000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

start()
