import type { MetadataRoute } from 'next'

import { sitemapContent } from '@/lib/metadata/sitemapContent'
import { sitemapEntries } from '@/lib/metadata/sitemapEntries'

// Read from the database on request: the build has none, and a new release belongs in the sitemap at once.
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await sitemapContent())
}
