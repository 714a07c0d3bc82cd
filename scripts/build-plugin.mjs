/**
 * `npm run build:plugin`: the plugin as a package, in dist/: one ES module per public entry
 * (`.`, `./client`, `./rsc`, `./site`) with every dependency left to the host's node_modules, and type
 * declarations beside them. The admin components are built apart from the server code, so their
 * entry keeps its 'use client' boundary and shares no chunk with the server; they are split too, so
 * a dynamic import (the map pick's Leaflet, which needs a browser) stays a chunk of its own.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
fs.rmSync(dist, { force: true, recursive: true })

const shared = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  jsx: 'automatic',
  logLevel: 'warning',
  outdir: dist,
  packages: 'external',
  platform: 'node',
  target: 'es2022',
}
await build({ ...shared, entryPoints: { index: 'src/index.ts', rsc: 'src/exports/rsc.ts', site: 'src/exports/site.ts' }, splitting: true })
await build({ ...shared, entryPoints: { client: 'src/exports/client.ts' }, splitting: true })

const types = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' })
if (types.status !== 0) process.exit(types.status ?? 1)
console.log(`Built the plugin into ${path.relative(process.cwd(), dist) || 'dist'}/`)
