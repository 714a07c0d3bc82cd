import {
  apiLimits,
  berlinTimezones,
  dateTimeFormat,
  eventsPlugin,
  graphQLLimits,
  sameAnswerWhenLocked,
  Users,
} from '@difu/programm'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { FeedbackMessages } from './frontend/collections/FeedbackMessages'
import { Pages } from './frontend/collections/Pages'
import { deleteOldFeedback } from './frontend/jobs/deleteOldFeedback'
import { revalidateSite } from './frontend/cache/revalidateSite'
import { siteEmail } from './frontend/email/adapter'
import { mapTiles } from './frontend/lib/mapTiles'
import { pageUrl } from './frontend/lib/pageUrl'
import { previewUrl } from './frontend/lib/previewUrl'
import { seedOnFirstRun } from './frontend/seed/seedOnFirstRun'
import { canRunJobs } from './frontend/config/cronAccess'
import { mediaDir } from './frontend/config/mediaDir'
import { mediaStorage } from './frontend/config/mediaStorage'
import { payloadVersions } from './frontend/config/payloadVersions'
import { databaseAdapter } from './frontend/config/database'
import { payloadSecret } from './frontend/config/secret'
import { siteOptions } from './frontend/config/siteOptions'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    // Payload's default avatar asks Gravatar for each editor's e-mail hash: a third party learning
    // who works in the admin (GDPR), and an image source the admin's CSP would have to allow
    avatar: 'default',
    // no drawer or form of the admin closes with unsaved input without asking
    components: { providers: ['@difu/programm/client#DrawerGuard'] },
    // lists, versions and the publication planner show dates as the date fields do, in Berlin time
    dateFormat: dateTimeFormat,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: '· Programm' },
    timezones: berlinTimezones,
    user: Users.slug,
  },
  // the site's own collections beside the plugin's: its pages and what visitors send through its form
  collections: [Users, Pages, FeedbackMessages],
  db: databaseAdapter(process.env.DATABASE_URL, dirname),
  editor: lexicalEditor(),
  // SMTP from SMTP_* and EMAIL_FROM; without SMTP_HOST mails go to the log (README, "E-mail")
  email: siteEmail(),
  // bounded work per request: README, "Limits of the API"
  graphQL: {
    // introspection is open to signed-in users (graphQLLimits), in production too
    disableIntrospectionInProduction: false,
    maxComplexity: apiLimits.graphQLComplexity,
    validationRules: graphQLLimits,
  },
  hooks: { afterError: [sameAnswerWhenLocked] },
  i18n: {
    fallbackLanguage: 'de',
    supportedLanguages: { de, en },
    // Payload's German "<Kein {{label}}>" gets the article wrong for most labels ("Kein Veranstaltung")
    translations: { de: { general: { noLabel: '<Ohne {{label}}>' } } },
  },
  // the content languages: German first, English falling back to German where not yet translated
  localization: {
    defaultLocale: 'de',
    fallback: true,
    locales: [
      { code: 'de', label: 'Deutsch' },
      { code: 'en', label: 'English' },
    ],
  },
  // scheduled publishing of events and sessions: in development the server runs due jobs every
  // minute; in production a cron calls /api/payload-jobs/run with CRON_SECRET (README)
  jobs: {
    access: { run: canRunJobs },
    autoRun: () => (process.env.NODE_ENV === 'development' ? [{ cron: '* * * * *', limit: 100, queue: 'default' }] : []),
    // the retention period of feedback messages, queued daily by the same runs
    tasks: [deleteOldFeedback],
  },
  maxDepth: apiLimits.maxDepth,
  onInit: seedOnFirstRun,
  plugins: [
    eventsPlugin({
      // the map search's tiles, so editors can pick a venue's coordinates on the same map
      mapTiles: mapTiles(),
      pageUrl,
      preview: previewUrl,
      revalidate: revalidateSite,
      site: siteOptions,
    }),
    mediaDir(),
    // S3_* set: uploads in that bucket instead of MEDIA_DIR
    mediaStorage(),
    // Payload's check that its packages share one version, less storage-s3 (no 3.90.2 release)
    payloadVersions(),
  ],
  secret: payloadSecret(),
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || undefined,
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
