import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants.js'
import createNextIntlPlugin from 'next-intl/plugin'

import { markStartupScripts } from './server/compileHints.mjs'
import { publicRewrites } from './server/publicRewrites.mjs'
import { DEVELOPMENT_SECURITY_HEADERS, SECURITY_HEADERS } from './server/securityHeaders.mjs'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

/** @type {import('next').NextConfig} */
const baseConfig = {
  poweredByHeader: false,
  // server/scriptHashes.mjs gives HTML its ETag, hashed natively; Next.js would hash every page again in JavaScript.
  generateEtags: false,
  // `next dev` would otherwise write AGENTS.md into the checkout when it takes its environment for a coding agent's:
  // the development server leaves the working tree as it found it.
  agentRules: false,
  // Several instances must serve one build: the same id marks its assets and tells browsers of another build to
  // reload (NEXT_DEPLOYMENT_ID at build time; README, "Running several instances").
  deploymentId: process.env.NEXT_DEPLOYMENT_ID?.trim() || undefined,
  // A shared proxy may serve a page up to four minutes past its minute (s-maxage=60) while it fetches a fresh one.
  expireTime: 300,
  // Browsers, feed readers and crawlers ask for /favicon.ico whatever a page declares (Chromium does when a page it
  // shows has declared none yet): they get the ministry's icon rather than a 404.
  redirects: async () => [{ source: '/favicon.ico', destination: '/favicon.svg', permanent: true }],
  // Before the app's own routes: /ru/… must not reach the [view] segment as a view named "ru".
  rewrites: async () => ({ beforeFiles: publicRewrites, afterFiles: [], fallback: [] }),
  compiler: {
    // The framework's start-up scripts are compiled off the main thread as they load (server/compileHints.mjs).
    runAfterProductionCompile: async (build) => void (await markStartupScripts(build)),
  },
  experimental: {
    // Likewise the upgrade reminders it would add to that file.
    agentUpgrade: false,
    // Cached reads live in memory only: after a restart (a migration, a restored backup) nothing stale is served.
    isrFlushToDisk: false,
  },
  turbopack: {
    // The Kazakh admin's dates: see KAZAKH_DATE_FNS_KEY in i18n/admin/dateLocale.ts.
    resolveAlias: { 'date-fns/locale/ta': './i18n/admin/dateLocaleForPayload.ts' },
  },
}

const withAdmin = withPayload(withNextIntl(baseConfig), { devBundleServerPackages: false })

/**
 * The security headers go on every response (server/securityHeaders.mjs). Payload asks every response for the browser's
 * colour scheme (Accept-CH, Critical-CH) for its admin theme. On the public site Critical-CH would make Chromium load
 * each first page twice, so Payload's rule is kept to the admin.
 * @param {{ key: string, value: string }[]} securityHeaders
 */
function headersWith(securityHeaders) {
  return async () => {
    const rules = (await withAdmin.headers?.()) ?? []
    return [
      ...rules.map((rule) => (rule.source === '/:path*' ? { ...rule, source: '/admin/:path*' } : rule)),
      { source: '/:path*', headers: securityHeaders },
    ]
  }
}

/** What every phase shares, with the headers of the build; tests read it. */
export const nextConfig = { ...withAdmin, headers: headersWith(SECURITY_HEADERS) }

/**
 * `next dev` gets the security headers that let hot reload run (server/securityHeaders.mjs).
 * With REDIS_URL, `next start` keeps pages and cached reads in Redis, shared by every instance, and a publish on one
 * expires them for all (server/redisCacheHandler.mjs); nothing is kept per instance (cacheMaxMemorySize 0). Read when the
 * server starts, so one build serves either way and the build itself needs no Redis.
 * @param {string} phase
 */
export default function configFor(phase) {
  if (phase === PHASE_DEVELOPMENT_SERVER)
    return { ...nextConfig, headers: headersWith(DEVELOPMENT_SECURITY_HEADERS) }
  const redisUrl = process.env.REDIS_URL?.trim()
  if (phase !== PHASE_PRODUCTION_SERVER || !redisUrl) return nextConfig
  return {
    ...nextConfig,
    cacheHandler: fileURLToPath(new URL('./server/redisCacheHandler.mjs', import.meta.url)),
    cacheMaxMemorySize: 0,
  }
}
