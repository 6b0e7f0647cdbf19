import type { MetadataRoute } from 'next'

import { absoluteAssetUrl } from '@/lib/pages/paths'

// SITE_URL is read when the server runs, not when it is built.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      // Uploaded pictures stay reachable: releases and share cards point at them.
      allow: ['/', '/api/media/file/'],
      disallow: ['/admin', '/api'],
    },
    sitemap: absoluteAssetUrl('/sitemap.xml'),
  }
}
