import { sitemapContent } from '@/lib/metadata/sitemapContent'
import { sitemapParts } from '@/lib/metadata/sitemapParts'
import { sitemapIndexXml } from '@/lib/metadata/sitemapXml'

// Read from the database on request: the build has none, and a new release belongs in the sitemap at once.
export const dynamic = 'force-dynamic'

/** The sitemap index: one part for the site's own pages, one per year for releases, events and documents. */
export async function GET() {
  const xml = await sitemapIndexXml(sitemapParts(await sitemapContent()))
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
