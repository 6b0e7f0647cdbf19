import type { APIRequestContext } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'

const xml = new XMLParser({ isArray: (name) => name === 'sitemap' })

/** The addresses of the parts `/sitemap.xml` names, as a crawler finds them. */
export async function sitemapPartAddresses(request: APIRequestContext): Promise<string[]> {
  const index = await request.get('/sitemap.xml')
  if (!index.ok()) throw new Error(`/sitemap.xml answered ${index.status()}`)
  const sitemaps = (xml.parse(await index.text()).sitemapindex?.sitemap ?? []) as { loc: string }[]
  return sitemaps.map((sitemap) => sitemap.loc)
}

/** Every part of the sitemap, one after another: for checks that an address is, or is not, listed anywhere in it. */
export async function wholeSitemap(request: APIRequestContext): Promise<string> {
  const parts = await Promise.all(
    (await sitemapPartAddresses(request)).map(async (address) => {
      const part = await request.get(address)
      if (!part.ok()) throw new Error(`${address} answered ${part.status()}`)
      return part.text()
    }),
  )
  return parts.join('\n')
}
