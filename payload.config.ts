import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type DatabaseAdapterObj } from 'payload'
import sharp from 'sharp'

import { canPublish } from '@/access/roles'
import { AlertDispatches } from '@/collections/AlertDispatches'
import { Documents } from '@/collections/Documents'
import { Events } from '@/collections/Events'
import { Feedback } from '@/collections/Feedback'
import { FormerSlugs } from '@/collections/FormerSlugs'
import { Media } from '@/collections/Media'
import { PressReleases } from '@/collections/PressReleases'
import {
  limitRestQueriesEverywhere,
  malformedJsonIsBadRequest,
} from '@/collections/shared/hooks/limitRestQueries'
import { withServerTimestamps } from '@/collections/shared/hooks/serverTimestamps'
import { Subscribers } from '@/collections/Subscribers'
import { Topics } from '@/collections/Topics'
import { Users } from '@/collections/Users'
import { healthEndpoint } from '@/endpoints/healthEndpoint'
import { exitPreviewEndpoint, previewEndpoint } from '@/endpoints/previewEndpoint'
import { revalidateEndpoint } from '@/endpoints/revalidateEndpoint'
import { Site } from '@/globals/Site'
import { adminLanguages, adminTranslations } from '@/i18n/admin/languages'
import { defaultLocale, localeNames, locales } from '@/i18n/locales'
import { sendQueuedMail, sendReleaseAlerts, sendSubscriptionConfirmation } from '@/jobs/mail'
import { mayRunJobs } from '@/jobs/runnerLock'
import { scheduledPublishing } from '@/jobs/scheduledPublishing'
import {
  databaseKind,
  databaseUri,
  ensureSqliteFolder,
  payloadSecret,
  siteUrl,
} from '@/lib/config/environment'
import { mediaStorage } from '@/lib/config/mediaStorage'
import { databaseUnavailableIsTemporary } from '@/lib/database/connectionErrors'
import { withDurableCommits } from '@/lib/database/durableCommits'
import { indexLocalesByDocument } from '@/lib/database/localeTableIndexes'
import { postgresPoolOptions, watchfulPg } from '@/lib/database/postgresPool'
import { mailAdapter } from '@/lib/mail/mailAdapter'
import { MAIL_QUEUE } from '@/lib/mail/subscriptions'
import {
  explainTooLarge,
  FILE_SIZE_LIMIT,
  malformedFormIsBadRequest,
  unfetchableFileIsBadRequest,
  UPLOAD_REQUEST_LIMIT,
} from '@/lib/protection/bodyLimits'
import { checkDocumentIds } from '@/lib/protection/documentIds'
import { tightenPayloadEndpoints } from '@/lib/protection/payloadEndpoints'

// Payload refuses, outside production, to run beside a package of another Payload version. Its S3 storage and its
// nodemailer e-mail adapter were last released as 3.90.1, core as 3.90.2 (a trailing-slash fix);
// dependencyVersions.test.ts holds the versions together instead, allowing only those to lag within 3.90.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

function database(): DatabaseAdapterObj {
  const uri = databaseUri()
  // Schema changes reach a database only through the committed migrations of its engine.
  if (databaseKind(uri) === 'postgres') {
    return withDurableCommits(
      postgresAdapter({
        // Timeouts so that nothing waits on an unreachable database, and a pool that survives losing it.
        pool: postgresPoolOptions(uri, { serving: Boolean(process.env.NEXT_RUNTIME) }),
        pg: watchfulPg,
        migrationDir: path.join(process.cwd(), 'migrations', 'postgres'),
        push: false,
        beforeSchemaInit: [indexLocalesByDocument],
      }),
    )
  }
  ensureSqliteFolder(uri)
  return sqliteAdapter({
    client: { url: uri },
    migrationDir: path.join(process.cwd(), 'migrations', 'sqlite'),
    push: false,
    beforeSchemaInit: [indexLocalesByDocument],
    // Readers must not block the writer, and a busy writer must be waited for, not failed.
    wal: true,
    busyTimeout: 5000,
  })
}

export default scheduledPublishing(
  buildConfig({
    serverURL: siteUrl(),
    // A session cookie counts only on requests from the site's own origin (Payload also adds serverURL): a write from
    // another site's page, or with a forged "Origin: null", is treated as anonymous.
    csrf: [siteUrl()],
    secret: payloadSecret(),
    db: database(),
    // Without SMTP_HOST (the demo) Payload writes each message to the log instead.
    email: mailAdapter(),
    editor: lexicalEditor(),
    sharp,
    // Photos from a camera fit easily; anything larger is refused with 413 rather than cut short, as is a multipart
    // request larger than one such file and its form (lib/protection/bodyLimits.ts limits JSON bodies before Payload).
    upload: {
      limits: { fileSize: FILE_SIZE_LIMIT },
      abortOnLimit: true,
      requestSizeLimit: UPLOAD_REQUEST_LIMIT,
    },
    hooks: {
      afterError: [
        explainTooLarge,
        malformedJsonIsBadRequest,
        malformedFormIsBadRequest,
        unfetchableFileIsBadRequest,
        unfetchableFileIsBadRequest,
        databaseUnavailableIsTemporary,
      ],
    },
    collections: [
      PressReleases,
      Events,
      Documents,
      Topics,
      Media,
      Users,
      Feedback,
      Subscribers,
      AlertDispatches,
      FormerSlugs,
    ].map(withServerTimestamps),
    globals: [Site],
    endpoints: [healthEndpoint, revalidateEndpoint, previewEndpoint, exitPreviewEndpoint],
    jobs: {
      // Scheduled publishing needs no outside cron: the server itself runs what is due every ten seconds, one
      // instance at a time (jobs/runnerLock.ts). Scripts and tests (no Next.js) run jobs explicitly instead. E-mail
      // (subscription confirmations, release alerts) has a queue of its own, so that a slow mail server never holds
      // up a scheduled publish.
      autoRun: [
        { cron: '*/10 * * * * *', queue: 'default' },
        { cron: '*/10 * * * * *', queue: MAIL_QUEUE },
      ],
      tasks: [sendSubscriptionConfirmation, sendReleaseAlerts, sendQueuedMail],
      shouldAutoRun: (payload) => Boolean(process.env.NEXT_RUNTIME) && mayRunJobs(payload),
      // Scheduling a publish is publishing; running or cancelling jobs by hand is for editors and administrators.
      access: {
        queue: ({ req }) => canPublish(req.user),
        run: ({ req }) => canPublish(req.user),
        cancel: ({ req }) => canPublish(req.user),
      },
    },
    localization: {
      locales: locales.map((code) => ({ code, label: localeNames[code] })),
      defaultLocale,
      fallback: true,
    },
    i18n: {
      supportedLanguages: adminLanguages,
      translations: adminTranslations,
      // For clients that name no language of ours, such as scripts calling the API. People get the proxy's choice
      // (i18n/admin/requestLanguage.ts): Kazakh when their browser names none of the three.
      fallbackLanguage: 'en',
    },
    admin: {
      user: Users.slug,
      // Gravatar would send staff e-mail hashes to a third party, and is unreachable from closed networks.
      avatar: 'default',
      components: {
        beforeDashboard: [
          '@/components/admin/AwaitingReview#AwaitingReview',
          '@/components/admin/TranslationQueue#TranslationQueue',
        ],
        providers: ['@/components/admin/DatePickerLocale.client#DatePickerLocale'],
      },
      // The ministry's mark in the staff's tabs too, not Payload's.
      meta: {
        titleSuffix: ' — MFA of Kazakhstan',
        icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
      },
      // Each language's own long date and time ("2026 жылғы 13 ақпан, 14:21", "13 февраля 2026 г., 14:21"), not
      // Payload's English-ordered default.
      dateFormat: 'PPPp',
      // Publishing is scheduled in the ministry's time, whatever clock the editor's computer keeps (at an embassy,
      // say). Kazakhstan has one time zone, UTC+5, since 2024.
      timezones: {
        supportedTimezones: [{ label: 'Астана / Astana (UTC+5)', value: 'Asia/Almaty' }],
        defaultTimezone: 'Asia/Almaty',
      },
      importMap: { baseDir: process.cwd() },
    },
    plugins: [mediaStorage()],
    graphQL: { disable: true },
    experimental: { localizeStatus: true },
    typescript: { outputFile: path.join(process.cwd(), 'payload-types.ts'), autoGenerate: false },
    telemetry: false,
  }),
)
  .then(tightenPayloadEndpoints)
  .then(limitRestQueriesEverywhere)
  .then(checkDocumentIds)
