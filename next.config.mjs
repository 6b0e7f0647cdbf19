import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  experimental: {
    // Cached reads live in memory only: after a restart (a migration, a restored backup) nothing stale is served.
    isrFlushToDisk: false,
  },
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  turbopack: {
    // The Kazakh admin's dates: see KAZAKH_DATE_FNS_KEY in i18n/admin/dateLocale.ts.
    resolveAlias: { 'date-fns/locale/ta': './i18n/admin/dateLocaleForPayload.ts' },
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
