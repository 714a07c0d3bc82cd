import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Users } from './collections/Users'
import { revalidateSite } from './frontend/cache/revalidateSite'
import { pageUrl } from './frontend/lib/pageUrl'
import { previewUrl } from './frontend/lib/previewUrl'
import { seedOnFirstRun } from './scripts/seed/seedOnFirstRun'
import { eventsPlugin } from './src'
import { canRunJobs } from './src/lib/cronAccess'
import { databaseAdapter } from './src/lib/database'
import { payloadSecret } from './src/lib/secret'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: '· Programm' },
    user: Users.slug,
  },
  collections: [Users],
  db: databaseAdapter(process.env.DATABASE_URL, dirname),
  editor: lexicalEditor(),
  i18n: { fallbackLanguage: 'de', supportedLanguages: { de, en } },
  // scheduled publishing of events and sessions: in development the server runs due jobs every
  // minute; in production a cron calls /api/payload-jobs/run with CRON_SECRET (README)
  jobs: {
    access: { run: canRunJobs },
    autoRun: () => (process.env.NODE_ENV === 'development' ? [{ cron: '* * * * *', limit: 100, queue: 'default' }] : []),
  },
  onInit: seedOnFirstRun,
  plugins: [eventsPlugin({ pageUrl, preview: previewUrl, revalidate: revalidateSite })],
  secret: payloadSecret(),
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || undefined,
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
