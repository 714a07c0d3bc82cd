/**
 * The production build the browser tests run against, as Next wrote it: which page routes it
 * caches and which client components each of them ships.
 */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

import { distDir, repoRoot } from '../../../scripts/e2e/server.mjs'

export type BuiltPage = {
  route: string
  /** Prerendered or regenerated in the background (Next's prerender manifest), so served from the cache. */
  cached: boolean
  /** Its client components outside Next's own router and error boundaries, by their file in the repository. */
  clientComponents: string[]
}

/** A file of the build; NEXT_DIST_DIR may name the build's folder relative to the repository or absolutely. */
const built = (file: string): string => path.join(path.resolve(repoRoot, distDir()), file)

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(built(file), 'utf8')) as T

/** The client modules of one page, from the manifest Next writes beside it (a script that fills `__RSC_MANIFEST`). */
const clientModules = (appPath: string): string[] => {
  const sandbox: { __RSC_MANIFEST?: Record<string, { clientModules: Record<string, unknown> }> } = {}
  vm.runInNewContext(fs.readFileSync(built(`server/app${appPath}_client-reference-manifest.js`), 'utf8'), sandbox)
  return Object.keys(sandbox.__RSC_MANIFEST?.[appPath]?.clientModules ?? {})
}

/** Turbopack names a module `[project]/frontend/…`, webpack by its absolute path. */
const inRepository = (module: string): string => path.relative(repoRoot, path.resolve(repoRoot, module.replace(/^\[project\]\//, '')))

export const builtPages = (): BuiltPage[] => {
  const prerendered = readJson<{ routes: Record<string, unknown>; dynamicRoutes: Record<string, unknown> }>('prerender-manifest.json')
  const cached = new Set([...Object.keys(prerendered.routes), ...Object.keys(prerendered.dynamicRoutes)])
  const appPaths = readJson<Record<string, string>>('app-path-routes-manifest.json')
  return Object.entries(appPaths)
    .filter(([appPath]) => appPath.endsWith('/page'))
    .map(([appPath, route]) => ({
      cached: cached.has(route),
      clientComponents: clientModules(appPath)
        .map(inRepository)
        .filter((file) => !file.startsWith('node_modules/next/')),
      route,
    }))
}
