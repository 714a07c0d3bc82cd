/**
 * A minimal Payload 3 + Next site, written from scratch into a folder: what a developer of another
 * site would write to use the plugin, following Payload's installation guide. It installs the
 * plugin from a tarball and nothing else of this repository.
 */
import fs from 'node:fs'
import path from 'node:path'

const payloadRoutes = {
  'app/(payload)/layout.tsx': `import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import type { ReactNode } from 'react'

import { importMap } from './admin/importMap.js'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({ ...args, config, importMap })
}

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}
`,
  'app/(payload)/admin/[[...segments]]/page.tsx': `import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'

import { importMap } from '../importMap.js'

type Args = { params: Promise<{ segments: string[] }>; searchParams: Promise<Record<string, string | string[]>> }

export const generateMetadata = ({ params, searchParams }: Args) => generatePageMetadata({ config, params, searchParams })

export default function Page({ params, searchParams }: Args) {
  return RootPage({ config, importMap, params, searchParams })
}
`,
  'app/(payload)/admin/[[...segments]]/not-found.tsx': `import config from '@payload-config'
import { NotFoundPage } from '@payloadcms/next/views'

import { importMap } from '../importMap.js'

type Args = { params: Promise<{ segments: string[] }>; searchParams: Promise<Record<string, string | string[]>> }

export default function NotFound({ params, searchParams }: Args) {
  return NotFoundPage({ config, importMap, params, searchParams })
}
`,
  'app/(payload)/admin/importMap.js': 'export const importMap = {}\n',
  'app/(payload)/api/[...slug]/route.ts': `import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

export const GET = REST_GET(config)
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
`,
}

const payloadConfig = `import { eventsPlugin, Users } from '@difu/programm'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: { importMap: { baseDir: dirname }, user: Users.slug },
  collections: [Users],
  db: sqliteAdapter({ client: { url: 'file:' + path.resolve(dirname, 'host.db') } }),
  editor: lexicalEditor(),
  i18n: { fallbackLanguage: 'de', supportedLanguages: { de, en } },
  localization: { defaultLocale: 'de', fallback: true, locales: ['de', 'en'] },
  plugins: [eventsPlugin()],
  secret: 'a host site of the events plugin',
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
`

const tsconfig = {
  compilerOptions: {
    allowJs: true,
    esModuleInterop: true,
    incremental: true,
    isolatedModules: true,
    jsx: 'react-jsx',
    lib: ['DOM', 'DOM.Iterable', 'ES2022'],
    module: 'esnext',
    moduleResolution: 'bundler',
    noEmit: true,
    paths: { '@payload-config': ['./payload.config.ts'] },
    plugins: [{ name: 'next' }],
    resolveJsonModule: true,
    skipLibCheck: true,
    strict: true,
    target: 'ES2022',
  },
  exclude: ['node_modules'],
  include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts'],
}

/** The packages the host installs itself, at the versions this repository is tested with. */
const hostPackages = [
  '@payloadcms/db-sqlite',
  '@payloadcms/next',
  '@payloadcms/richtext-lexical',
  '@payloadcms/translations',
  '@payloadcms/ui',
  'graphql',
  'next',
  'payload',
  'react',
  'react-dom',
]
const hostDevPackages = ['@types/node', '@types/react', '@types/react-dom', 'typescript']

type Manifest = {
  allowScripts: Record<string, boolean>
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

export const writeHostApp = (dir: string, tarball: string, ours: Manifest): void => {
  const version = (name: string) => ours.dependencies[name] ?? ours.devDependencies[name]
  const manifest = {
    name: 'host-site',
    private: true,
    type: 'module',
    dependencies: {
      '@difu/programm': `file:${tarball}`,
      ...Object.fromEntries(hostPackages.map((name) => [name, version(name)])),
    },
    devDependencies: Object.fromEntries(hostDevPackages.map((name) => [name, version(name)])),
    allowScripts: ours.allowScripts,
  }
  const files: Record<string, string> = {
    ...payloadRoutes,
    'next.config.mjs': "import { withPayload } from '@payloadcms/next/withPayload'\n\nexport default withPayload({})\n",
    'package.json': `${JSON.stringify(manifest, null, 2)}\n`,
    'payload.config.ts': payloadConfig,
    'tsconfig.json': `${JSON.stringify(tsconfig, null, 2)}\n`,
  }
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
}
