import { sitemapContent } from '@/lib/metadata/sitemapContent'
import { sitemapParts } from '@/lib/metadata/sitemapParts'
import { sitemapPartPath, sitemapPartXml } from '@/lib/metadata/sitemapXml'

export const dynamic = 'force-dynamic'

/** One part of the sitemap, by the name the index gives it (`press-releases-2026.xml`); any other name is not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const { part: file } = await params
  const part = sitemapParts(await sitemapContent()).find(
    (candidate) => sitemapPartPath(candidate) === `/sitemaps/${file}`,
  )
  if (!part) {
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return new Response(await sitemapPartXml(part), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
