import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'

import { events as seededEvents } from '../../seed/content/events'
import { pressReleases as seededReleases } from '../../seed/content/press-releases'
import { paragraphsToRichText } from '../../seed/richText'
import { wholeSitemap } from '../helpers/sitemap'
import { staffAuthorization } from '../helpers/staff'
import { WITHOUT_REVIEW } from '../helpers/withoutReview'

const BISHKEK = 'kazakhstan-kyrgyzstan-foreign-ministers-talks-bishkek'
/** Published in Kazakh only, without a photo: it gets a drawn share image. */
const VISAS = 'visa-free-regime-extended'
const VISAS_TITLE = 'Шетелдік азаматтар үшін визасыз режимнің қолданылу мерзімі ұзартылды'

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['urlset', 'url', 'xhtml:link', 'item', 'sitemap'].includes(name),
})

interface SitemapUrl {
  loc: string
  lastmod?: string
  'xhtml:link'?: { '@_hreflang': string; '@_href': string }[]
}
interface FeedItem {
  title: string
  link: string
  pubDate: string
  description: string
}

const ogLocales = { kk: 'kk_KZ', ru: 'ru_RU', en: 'en_US' } as const
const locales = ['kk', 'ru', 'en'] as const

test.beforeAll(async ({ request }) => {
  const headers = await staffAuthorization(request)
  const existing = await request.get(`/api/press-releases?where[slug][equals]=${VISAS}&draft=true`, {
    headers,
  })
  if (((await existing.json()) as { totalDocs: number }).totalDocs > 0) return
  const response = await request.post('/api/press-releases?locale=kk', {
    headers,
    data: {
      slug: VISAS,
      title: VISAS_TITLE,
      summary:
        'Қазақстан Республикасы Үкіметінің шешімімен елу төрт мемлекеттің азаматтары үшін визасыз режим ' +
        '2027 жылғы 31 желтоқсанға дейін ұзартылды.',
      body: paragraphsToRichText([
        'Шетелдік азаматтар Қазақстанда визасыз отыз күнге дейін бола алады.',
        'Мемлекеттердің толық тізімі министрліктің консулдық қызметінің бетінде жарияланған.',
      ]),
      publishedAt: new Date().toISOString(),
      _status: 'published',
      ...WITHOUT_REVIEW,
    },
  })
  expect(response.status()).toBe(201)
})

/** The absolute address of a path on the server under test. */
function absolute(path: string): string {
  return new URL(path, test.info().project.use.baseURL).toString().replace(/\/$/, '')
}

async function jsonLd(page: Page): Promise<{ '@type': string; [key: string]: unknown }[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return scripts.map((text) => JSON.parse(text))
}

test('robots.txt names the sitemap and keeps crawlers out of the admin and the API', async ({ request }) => {
  const response = await request.get('/robots.txt')
  expect(response.status()).toBe(200)
  const text = await response.text()
  expect(text).toContain(`Sitemap: ${absolute('/sitemap.xml')}`)
  expect(text).toMatch(/^Disallow: \/admin$/m)
  expect(text).toMatch(/^Disallow: \/api$/m)
  expect(text).toMatch(/^Allow: \/api\/media\/file\/$/m)
})

test('a browser or crawler asking for /favicon.ico is sent to the ministry’s icon', async ({ request }) => {
  const asked = await request.get('/favicon.ico', { maxRedirects: 0 })
  expect(asked.status()).toBe(308)
  expect(asked.headers()['location']).toBe('/favicon.svg')
  const icon = await request.get('/favicon.ico')
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toContain('image/svg+xml')
})

test('the sitemap is an index of parts, the site’s pages and each year’s texts, within the protocol’s limits', async ({
  request,
}) => {
  const index = await request.get('/sitemap.xml')
  expect(index.status()).toBe(200)
  expect(index.headers()['content-type']).toContain('application/xml')
  const listed = xml.parse(await index.text()).sitemapindex.sitemap as { loc: string; lastmod?: string }[]
  const names = listed.map((part) => part.loc.slice(`${absolute('/sitemaps')}/`.length))
  expect(names[0]).toBe('pages.xml')
  for (const collection of ['press-releases', 'events', 'documents'])
    expect(
      names.some((name) => new RegExp(`^${collection}-\\d{4}\\.xml$`).test(name)),
      collection,
    ).toBe(true)
  for (const part of listed) expect(part.lastmod, part.loc).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  for (const { loc } of listed) {
    const response = await request.get(loc)
    expect(response.status(), loc).toBe(200)
    expect(response.headers()['content-type'], loc).toContain('application/xml')
    const body = await response.body()
    expect(body.length, loc).toBeLessThan(50 * 1024 * 1024)
    const urls = (xml.parse(body.toString()).urlset[0].url ?? []) as SitemapUrl[]
    expect(urls.length, loc).toBeGreaterThan(0)
    expect(urls.length, loc).toBeLessThanOrEqual(50_000)
  }
  // A part the index does not name, a year without texts among them, is not found, and takes no language.
  for (const path of ['/sitemaps/press-releases-1899.xml', '/sitemaps/pages', '/sitemaps/nothing.xml']) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(404)
  }
})

test('the sitemap lists every published page in the languages it exists in, with its alternates', async ({
  request,
}) => {
  const urls = (xml.parse(await wholeSitemap(request)).urlset as { url?: SitemapUrl[] }[]).flatMap(
    (part) => part.url ?? [],
  )
  const byLoc = new Map(urls.map((url) => [url.loc, url]))
  const alternatesOf = (loc: string) =>
    Object.fromEntries(
      (byLoc.get(loc)?.['xhtml:link'] ?? []).map((link) => [link['@_hreflang'], link['@_href']]),
    )

  for (const locale of locales) {
    for (const path of ['', '/press-releases', '/events', '/events/past', `/press-releases/${BISHKEK}`]) {
      expect(byLoc.has(absolute(`/${locale}${path}`)), `/${locale}${path}`).toBe(true)
    }
  }
  expect(alternatesOf(absolute(`/ru/press-releases/${BISHKEK}`))).toEqual({
    kk: absolute(`/kk/press-releases/${BISHKEK}`),
    ru: absolute(`/ru/press-releases/${BISHKEK}`),
    en: absolute(`/en/press-releases/${BISHKEK}`),
    'x-default': absolute(`/kk/press-releases/${BISHKEK}`),
  })
  expect(byLoc.get(absolute(`/en/press-releases/${BISHKEK}`))?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/)

  // A text written in Kazakh only is listed in Kazakh only, and names no other language.
  expect(byLoc.has(absolute(`/kk/press-releases/${VISAS}`))).toBe(true)
  expect(byLoc.has(absolute(`/en/press-releases/${VISAS}`))).toBe(false)
  expect(alternatesOf(absolute(`/kk/press-releases/${VISAS}`))).toEqual({
    kk: absolute(`/kk/press-releases/${VISAS}`),
    'x-default': absolute(`/kk/press-releases/${VISAS}`),
  })
  expect(urls.filter((url) => url.loc.includes('/search'))).toEqual([])
  for (const locale of locales) {
    for (const slug of seededReleases.map((release) => release.slug))
      expect(byLoc.has(absolute(`/${locale}/press-releases/${slug}`)), slug).toBe(true)
    for (const slug of seededEvents.map((event) => event.slug))
      expect(byLoc.has(absolute(`/${locale}/events/${slug}`)), slug).toBe(true)
  }
})

for (const locale of locales) {
  test(`the ${locale} feed carries the releases published in ${locale}, with absolute links`, async ({
    request,
  }) => {
    const response = await request.get(`/${locale}/press-releases/feed.xml`)
    expect(response.headers()['content-type']).toContain('application/rss+xml')
    const { channel } = xml.parse(await response.text()).rss
    expect(channel.language).toBe(locale)
    const items = channel.item as FeedItem[]
    expect(items.length).toBeGreaterThanOrEqual(12)
    for (const item of items) {
      expect(item.link).toMatch(new RegExp(`^${absolute(`/${locale}/press-releases`)}/[a-z0-9-]+$`))
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false)
      expect(item.description).toMatch(/\S/)
    }
    const dates = items.map((item) => Date.parse(item.pubDate))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    expect(items.some((item) => item.link.endsWith(`/${VISAS}`))).toBe(locale === 'kk')
  })
}

const pages = locales.flatMap((locale) => [
  { locale, path: `/${locale}`, kind: 'home' },
  { locale, path: `/${locale}/press-releases`, kind: 'list' },
  { locale, path: `/${locale}/press-releases/${BISHKEK}`, kind: 'release' },
])

for (const { locale, path, kind } of pages) {
  test(`${path} describes itself to search engines and to the networks it is shared on`, async ({ page }) => {
    await page.goto(path)
    const head = page.locator('head')
    await expect(page).toHaveTitle(/\S/)
    await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /\S{10}/)
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', absolute(path))
    for (const other of locales) {
      await expect(head.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute(
        'href',
        absolute(path.replace(`/${locale}`, `/${other}`)),
      )
    }
    await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      'href',
      absolute(path.replace(`/${locale}`, '/kk')),
    )
    await expect(head.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      absolute(`/${locale}/press-releases/feed.xml`),
    )
    await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute('content', ogLocales[locale])
    const alternateLocales = await head
      .locator('meta[property="og:locale:alternate"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')))
    expect(alternateLocales.sort()).toEqual(
      locales
        .filter((other) => other !== locale)
        .map((other) => ogLocales[other])
        .sort(),
    )
    await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', absolute(path))
    await expect(head.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https?:\/\/.+/)
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
    await expect(head.locator('meta[name="twitter:image"]')).toHaveAttribute('content', /^https?:\/\/.+/)

    const things = await jsonLd(page)
    const types = things.map((thing) => thing['@type'])
    if (kind === 'home') expect(types).toContain('GovernmentOrganization')
    if (kind !== 'home') {
      const trail = things.find((thing) => thing['@type'] === 'BreadcrumbList')
      const visible = await page
        .getByRole('navigation', { name: /Навигациялық тізбек|Навигационная цепочка|Breadcrumb/ })
        .getByRole('listitem')
        .allTextContents()
      const names = (trail?.itemListElement as { name: string }[]).map((item) => item.name)
      expect(names).toEqual(visible.map((text) => text.replace(/^›\s*/, '').trim()))
    }
    if (kind === 'release') {
      const article = things.find((thing) => thing['@type'] === 'NewsArticle')
      expect(article).toMatchObject({
        headline: await page.getByRole('heading', { level: 1 }).textContent(),
        inLanguage: locale,
        publisher: { '@type': 'GovernmentOrganization' },
      })
      expect(article?.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T/)
      expect(article?.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T/)
      expect((article?.image as string[])[0]).toMatch(/^https?:\/\//)
    }
  })
}

test('an event page describes the event in structured data', async ({ page }) => {
  await page.goto(`/ru/events/${seededEvents[0]!.slug}`)
  const event = (await jsonLd(page)).find((thing) => thing['@type'] === 'Event')
  expect(event).toMatchObject({
    name: await page.getByRole('heading', { level: 1 }).textContent(),
    inLanguage: 'ru',
    organizer: { name: 'Министерство иностранных дел Республики Казахстан' },
  })
  expect(event?.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T/)
})

test('a later page of a list is its own canonical', async ({ page }) => {
  await page.goto('/en/press-releases?page=2')
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    'href',
    absolute('/en/press-releases?page=2'),
  )
})

test('a release without a photo is shared with its title drawn over the ministry’s mark', async ({
  page,
  request,
}) => {
  await page.goto(`/kk/press-releases/${VISAS}`)
  const image = page.locator('head meta[property="og:image"]')
  await expect(image).toHaveAttribute('content', absolute(`/kk/press-releases/${VISAS}/share-image.png`))
  await expect(page.locator('head meta[property="og:image:alt"]')).toHaveAttribute('content', VISAS_TITLE)
  await expect(page.locator('head meta[property="og:locale:alternate"]')).toHaveCount(0)

  const response = await request.get(`/kk/press-releases/${VISAS}/share-image.png`)
  expect(response.headers()['content-type']).toBe('image/png')
  const png = await response.body()
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  // The IHDR chunk holds the width and height right after the signature and the chunk's header.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])

  const missing = await request.get(`/en/press-releases/${VISAS}/share-image.png`)
  expect(missing.status()).toBe(404)
})
