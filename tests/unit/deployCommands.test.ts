/**
 * The deploy commands as a user types them: `npm run seed`, `npm run build:schema` (the first step
 * of `npm run build`) and `npm run migrate`.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { runNpm } from '../../scripts/lib/runNpm.mjs'

const repoRoot = process.cwd() // Jest runs from the repo root
const scripts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts

describe('a bad DATABASE_URL', () => {
  const commands = [
    ['seed', 'Seed'],
    ['build:schema', 'Database preparation'],
    ['migrate', 'Migration'],
  ] as const
  const urls = [
    ['foo://x', 'DATABASE_URL foo://x is not supported. Use file:'],
    ['postgres://postgres@127.0.0.1:1/x', 'Could not open the database at DATABASE_URL postgres://postgres@127.0.0.1:1/x:'],
  ] as const

  it.each(commands.flatMap(([script, name]) => urls.map(([url, reason]) => [script, name, url, reason] as const)))(
    '`npm run %s` (%s) stops with one line and exit code 1 (DATABASE_URL=%s)',
    async (script, name, url, reason) => {
      const { code, output, timedOut } = await runNpm(script, { cwd: repoRoot, env: { DATABASE_URL: url }, limitMs: 60_000 })
      expect(timedOut).toBe(false)
      expect(code).toBe(1)
      const lines = output.trim().split('\n')
      expect(lines).toEqual([expect.stringContaining(`${name} failed: ${reason}`)])
    },
    90_000,
  )
})

describe('the commands that load the Payload config', () => {
  const payloadScripts = Object.entries(scripts).filter(([, command]) => /(^|\s)payload(\s|$)/.test(command))

  it('are the seed, the schema step, migrate and the Payload CLI', () => {
    expect(payloadScripts.map(([name]) => name)).toEqual(
      expect.arrayContaining(['seed', 'build:schema', 'migrate', 'payload', 'generate:types', 'generate:importmap']),
    )
  })

  // Lexical's default Node entries (`*.node.mjs`) pick their build with a top-level
  // `await import(…)`; on Node 20 a graph of them left the event loop empty halfway through loading
  // in a good share of runs, and the command ended without having run (README, Deploy commands).
  it.each(payloadScripts)('`npm run %s` loads Lexical builds without a top-level await', (name, command) => {
    const nodeOptions = command.match(/NODE_OPTIONS="([^"]*)"/)?.[1] ?? command.match(/NODE_OPTIONS=(\S+)/)?.[1] ?? ''
    const resolved = spawnSync(
      process.execPath,
      [
        ...nodeOptions.split(' ').filter((option) => option.startsWith('--conditions')),
        '--input-type=module',
        '--eval',
        "for (const name of ['lexical', '@lexical/extension', '@lexical/html']) console.log(import.meta.resolve(name))",
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    )
    const files = resolved.stdout.trim().split('\n')
    expect(files).toHaveLength(3)
    for (const file of files) {
      expect(fs.readFileSync(new URL(file), 'utf8')).not.toMatch(/^(const \w+ = )?await\b/m)
    }
  })
})
