import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'

/** The relative paths by which a file `depth` folders below the root would reach into the plugin. */
const pluginPaths = (depth) =>
  ['src', 'collections'].flatMap((folder) => {
    const up = depth === 0 ? './' : '../'.repeat(depth)
    return [`${up}${folder}`, `${up}${folder}/**`]
  })

/** The site's files `depth` folders below the root. */
const siteFiles = (depth) =>
  depth === 0
    ? ['payload.config.ts', 'proxy.ts', 'instrumentation.ts', 'next.config.ts']
    : [`{app,frontend,scripts}/${'*/'.repeat(depth - 1)}*.{ts,tsx,mjs}`]

/** The site uses the plugin as any other Payload site would: by its package name and public entries. */
const siteImportRules = [0, 1, 2, 3, 4, 5, 6, 7].map((depth) => ({
  files: siteFiles(depth),
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: pluginPaths(depth),
            message: "Import the plugin by its package name: '@difu/programm', '@difu/programm/site' or '@difu/programm/client'.",
          },
          {
            group: ['@difu/programm/*', '!@difu/programm/client', '!@difu/programm/rsc', '!@difu/programm/site'],
            message: "The plugin's public entries are '@difu/programm', '@difu/programm/site', '@difu/programm/client' and '@difu/programm/rsc'.",
          },
        ],
      },
    ],
  },
}))

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS files that Node or Next load with require()
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...siteImportRules,
  {
    ignores: [
      'dist/**',
      '.next/**',
      '.next-*/**',
      'node_modules/**',
      'data/**',
      'media/**',
      'payload-types.ts',
      // written by `payload migrate:create`
      'migrations/**',
      'next-env.d.ts',
      'app/(payload)/**',
    ],
  },
]

export default config
