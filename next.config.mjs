import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

import { publicRewrites } from './publicRoutes.mjs'
import { SECURITY_HEADERS } from './securityHeaders.mjs'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A shared proxy may serve a page up to four minutes past its minute (s-maxage=60) while it fetches a fresh one.
  expireTime: 300,
  // Before the app's own routes: /ru/… must not reach the [view] segment as a view named "ru".
  rewrites: async () => ({ beforeFiles: publicRewrites, afterFiles: [], fallback: [] }),
  experimental: {
    // Cached reads live in memory only: after a restart (a migration, a restored backup) nothing stale is served.
    isrFlushToDisk: false,
  },
  turbopack: {
    // The Kazakh admin's dates: see KAZAKH_DATE_FNS_KEY in i18n/admin/dateLocale.ts.
    resolveAlias: { 'date-fns/locale/ta': './i18n/admin/dateLocaleForPayload.ts' },
  },
}

const withAdmin = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

/**
 * The security headers go on every response (securityHeaders.mjs). Payload asks every response for the browser's
 * colour scheme (Accept-CH, Critical-CH) for its admin theme. On the public site Critical-CH would make Chromium load
 * each first page twice, so Payload's rule is kept to the admin.
 */
async function headers() {
  const rules = (await withAdmin.headers?.()) ?? []
  return [
    ...rules.map((rule) => (rule.source === '/:path*' ? { ...rule, source: '/admin/:path*' } : rule)),
    { source: '/:path*', headers: SECURITY_HEADERS },
  ]
}

const config = { ...withAdmin, headers }
export default config
