// What the sitemap and the feeds read, on the engine of the Vitest project (int-sqlite, int-postgres).
import { XMLParser } from 'fast-xml-parser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import { paragraphsToRichText } from '@/seed/richText'
import { SEED_CONTEXT } from '@/seed/upsertBySlug'

import type { TestDatabase } from './helpers/databases'
import { testEngine } from './helpers/engine'
import { startPayload, stopPayload } from './helpers/payload'

const { kind, createDatabase } = testEngine()

const SITE = 'https://mfa.example.kz'

type Texts = Partial<Record<Locale, string>>

describe(`sitemap and feeds on ${kind}`, () => {
  let database: TestDatabase
  let payload: Payload

  /** A release with a title in each language given, published or not; then, optionally, unpublished. */
  async function release(
    slug: string,
    titles: Texts,
    status: 'published' | 'draft' | 'unpublished',
    publishedAt = new Date().toISOString(),
  ) {
    const [first, ...rest] = Object.entries(titles) as [Locale, string][]
    const fields = (title: string) => ({
      title,
      summary: `${title} — summary`,
      body: paragraphsToRichText([`${title} — body`]),
    })
    const created = await payload.create({
      collection: 'press-releases',
      locale: first![0],
      draft: status === 'draft',
      context: SEED_CONTEXT,
      data: {
        slug,
        publishedAt,
        ...fields(first![1]),
        _status: status === 'draft' ? 'draft' : 'published',
      },
    })
    for (const [locale, title] of rest) {
      await payload.update({
        collection: 'press-releases',
        id: created.id,
        locale,
        draft: status === 'draft',
        context: SEED_CONTEXT,
        // Each language is published on its own.
        data: { ...fields(title), _status: status === 'draft' ? 'draft' : 'published' },
      })
    }
    if (status === 'unpublished') {
      await payload.update({
        collection: 'press-releases',
        id: created.id,
        // Saved in a language it is written in: Payload checks required fields of that language.
        locale: first![0],
        context: SEED_CONTEXT,
        unpublishAllLocales: true,
        data: { _status: 'draft' },
      })
    }
  }

  async function event(slug: string, titles: Texts, status: 'published' | 'draft') {
    const [first, ...rest] = Object.entries(titles) as [Locale, string][]
    const fields = (title: string) => ({ title, location: 'Астана', summary: `${title} — summary` })
    const created = await payload.create({
      collection: 'events',
      locale: first![0],
      draft: status === 'draft',
      context: SEED_CONTEXT,
      data: {
        slug,
        kind: 'briefing',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        ...fields(first![1]),
        _status: status,
      },
    })
    for (const [locale, title] of rest) {
      await payload.update({
        collection: 'events',
        id: created.id,
        locale,
        draft: status === 'draft',
        context: SEED_CONTEXT,
        data: { ...fields(title), _status: status },
      })
    }
  }

  beforeAll(async () => {
    process.env.SITE_URL = SITE
    database = await createDatabase()
    payload = await startPayload(database.uri, kind)
    await release(
      'in-three-languages',
      { kk: 'Үш тілде', ru: 'На трёх языках', en: 'In three languages' },
      'published',
    )
    // New Year's night in Astana (UTC+5), still 2024 in UTC: a release of 2025.
    await release('in-kazakh-only', { kk: 'Тек қазақ тілінде' }, 'published', '2024-12-31T20:00:00.000Z')
    await release('never-published', { en: 'Never published' }, 'draft')
    await release('withdrawn', { ru: 'Отозванный', en: 'Withdrawn' }, 'unpublished')
    await event('briefing-ru-en', { ru: 'Брифинг', en: 'Briefing' }, 'published')
    await event('planned-briefing', { kk: 'Жоспарланған брифинг' }, 'draft')
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  it('knows each published release and event in exactly the languages it is written in', async () => {
    const { publishedDocuments } = await import('@/lib/metadata/sitemapContent')
    const releases = await publishedDocuments('press-releases')
    expect(releases.map(({ slug, languages }) => ({ slug, languages }))).toEqual([
      { slug: 'in-kazakh-only', languages: ['kk'] },
      { slug: 'in-three-languages', languages: ['kk', 'ru', 'en'] },
    ])
    for (const found of releases) expect(Date.parse(found.updatedAt)).not.toBeNaN()
    const events = await publishedDocuments('events')
    expect(events.map(({ slug, languages }) => ({ slug, languages }))).toEqual([
      { slug: 'briefing-ru-en', languages: ['ru', 'en'] },
    ])
  })

  it('puts in the sitemap only the published pages, each in its own languages, filed by the year in Astana', async () => {
    const [{ sitemapContent }, { sitemapEntries, sitemapParts }] = await Promise.all([
      import('@/lib/metadata/sitemapContent'),
      import('@/lib/metadata/sitemapParts'),
    ])
    const parts = sitemapParts(await sitemapContent())
    const urls = parts.flatMap(sitemapEntries).map((entry) => entry.url)
    expect(urls).toContain(`${SITE}/kk/press-releases/in-kazakh-only`)
    expect(urls).not.toContain(`${SITE}/en/press-releases/in-kazakh-only`)
    expect(urls).toContain(`${SITE}/en/events/briefing-ru-en`)
    expect(urls).not.toContain(`${SITE}/kk/events/briefing-ru-en`)
    expect(urls.filter((url) => /never-published|withdrawn|planned-briefing/.test(url))).toEqual([])
    const of2025 = parts.find((part) => part.name === 'press-releases-2025')
    expect(sitemapEntries(of2025!).map((entry) => entry.url)).toEqual([
      `${SITE}/kk/press-releases/in-kazakh-only`,
    ])
  })

  it('feeds each language the releases published in it, and nothing else', async () => {
    const [{ FEED_SIZE, pressReleaseFeed }, { latestPressReleases }] = await Promise.all([
      import('@/lib/metadata/feeds'),
      import('@/lib/reads/pressReleases'),
    ])
    const parser = new XMLParser({ isArray: (name) => name === 'item' })
    const links = async (locale: Locale) => {
      const xml = pressReleaseFeed(locale, await latestPressReleases(locale, FEED_SIZE), {
        title: 'Feed',
        description: 'Releases',
      })
      const { channel } = parser.parse(xml).rss
      expect(channel.language).toBe(locale)
      return ((channel.item ?? []) as { link: string }[]).map((item) => item.link)
    }
    expect((await links('kk')).sort()).toEqual([
      `${SITE}/kk/press-releases/in-kazakh-only`,
      `${SITE}/kk/press-releases/in-three-languages`,
    ])
    expect(await links('en')).toEqual([`${SITE}/en/press-releases/in-three-languages`])
    expect(await links('ru')).toEqual([`${SITE}/ru/press-releases/in-three-languages`])
  })
})
