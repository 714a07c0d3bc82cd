/**
 * `npm run count-stalls`: runs each deploy command back to back, as a user types it, and counts
 * the runs that stalled. The commands: `npm run seed`, `npm run build:schema` (the first step of
 * `npm run build`) and `npm run migrate`, each on a SQLite database in a temp folder.
 *
 * A run stalled when it did not end within the time limit (it is then killed, so a stall is
 * counted, not waited on) or when it ended without printing its success line (a script that
 * was never evaluated ends with exit code 0 and prints nothing). Any other failure is counted
 * apart, with its output, since it is a fault of its own.
 *
 *   npm run count-stalls                      30 runs of each command
 *   npm run count-stalls -- --runs 5 seed     5 runs of the seed only
 *   npm run count-stalls -- --timeout 60      a time limit of 60 s per run (default 120)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { repoRoot } from './e2e/server.mjs'
import { runNpm } from './lib/runNpm.mjs'

const commands = {
  seed: { script: 'seed', done: /^Seed done\./m },
  schema: { script: 'build:schema', done: /^Database preparation done\./m },
  // a fresh database each time: every run applies the whole set, as a first deploy does
  migrate: { script: 'migrate', done: /^Migration done\./m, freshDatabase: true, env: { NODE_ENV: 'production', PAYLOAD_SECRET: 'count-stalls' } },
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '30' }, timeout: { type: 'string', default: '120' } },
})
const runs = Number(values.runs)
const timeoutMs = Number(values.timeout) * 1000
const chosen = positionals.length > 0 ? positionals : Object.keys(commands)
for (const name of chosen) {
  if (!commands[name]) {
    console.error(`Unknown command "${name}"; choose from ${Object.keys(commands).join(', ')}.`)
    process.exit(1)
  }
}

/** One run: resolves with { outcome: 'ok' | 'stall' | 'failed', seconds, output }. */
const runOnce = async ({ script, done, env }, databaseUrl) => {
  const { code, output, seconds, timedOut } = await runNpm(script, { cwd: repoRoot, env: { ...env, DATABASE_URL: databaseUrl }, limitMs: timeoutMs })
  if (timedOut || (code === 0 && !done.test(output))) return { outcome: 'stall', seconds, output }
  return { outcome: code === 0 ? 'ok' : 'failed', seconds, output }
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]

const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'programm-stalls-'))
const results = []
try {
  console.log(`${runs} runs of each of ${chosen.join(', ')}; time limit ${timeoutMs / 1000} s per run; load average ${os.loadavg()[0].toFixed(1)}`)
  for (const name of chosen) {
    const command = commands[name]
    const counts = { ok: 0, stall: 0, failed: 0 }
    const seconds = []
    for (let run = 1; run <= runs; run += 1) {
      const file = command.freshDatabase ? `${name}-${run}.db` : `${name}.db`
      const result = await runOnce(command, `file:${path.join(tmpDir, file)}`)
      counts[result.outcome] += 1
      seconds.push(result.seconds)
      if (result.outcome === 'ok') {
        process.stdout.write('.')
      } else {
        const tail = result.output.trim().split('\n').slice(-10).join('\n') || '(no output)'
        console.log(`\n  ${name} run ${run}: ${result.outcome} after ${result.seconds.toFixed(1)} s. Its output:\n${tail}`)
      }
    }
    process.stdout.write('\n')
    const line = `${name}: ${counts.stall} stalls / ${runs} runs, ${counts.failed} failed (median ${median(seconds).toFixed(1)} s, slowest ${Math.max(...seconds).toFixed(1)} s)`
    console.log(line)
    results.push({ counts, line })
  }
} finally {
  fs.rmSync(tmpDir, { force: true, recursive: true })
}
if (chosen.length > 1) console.log(`\n${results.map(({ line }) => line).join('\n')}`)
process.exit(results.every(({ counts }) => counts.ok === runs) ? 0 : 1)
