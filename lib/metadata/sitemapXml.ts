import { Readable } from 'node:stream'

import { ErrorLevel, SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'

import { absoluteAssetUrl } from '@/lib/pages/paths'

import { partLastModified, type SitemapPart, sitemapEntries } from './sitemapParts'

/** Where a part of the sitemap is served (app/sitemaps/[part]/route.ts). */
export function sitemapPartPath(part: SitemapPart): string {
  return `/sitemaps/${part.name}.xml`
}

async function written(items: object[], stream: SitemapStream | SitemapIndexStream): Promise<string> {
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString()
}

/** `/sitemap.xml`: the index of the parts, each with when it last changed. */
export function sitemapIndexXml(parts: SitemapPart[]): Promise<string> {
  const items = parts.map((part) => {
    const lastmod = partLastModified(part)
    return { url: absoluteAssetUrl(sitemapPartPath(part)), ...(lastmod && { lastmod }) }
  })
  return written(items, new SitemapIndexStream())
}

/** One part: its pages in each of their languages, with the hreflang alternates. */
export function sitemapPartXml(part: SitemapPart): Promise<string> {
  const xmlns = { xhtml: true, news: false, image: false, video: false }
  // The addresses are the site's own, of slugs validated when saved: checking each again would only cost time.
  return written(sitemapEntries(part), new SitemapStream({ xmlns, level: ErrorLevel.SILENT }))
}
