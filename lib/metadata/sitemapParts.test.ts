import { describe, expect, it, vi } from 'vitest'

import { partLastModified, sitemapEntries, sitemapParts } from './sitemapParts'

// The entries below are built when the file loads, so the address is set before.
vi.stubEnv('SITE_URL', 'https://mfa.example.kz')

const site = 'https://mfa.example.kz'

describe('the sitemap', () => {
  const parts = sitemapParts({
    pressReleases: [
      { slug: 'talks', languages: ['kk', 'ru', 'en'], updatedAt: '2026-02-14T08:00:00.000Z', year: 2026 },
      { slug: 'consular', languages: ['kk'], updatedAt: '2026-02-20T08:00:00.000Z', year: 2026 },
      { slug: 'archive', languages: ['ru'], updatedAt: '2026-01-05T08:00:00.000Z', year: 2019 },
    ],
    events: [{ slug: 'forum', languages: ['ru', 'en'], updatedAt: '2026-01-10T08:00:00.000Z', year: 2026 }],
    documents: [
      { slug: 'memorandum', languages: ['kk', 'en'], updatedAt: '2026-02-01T08:00:00.000Z', year: 2025 },
    ],
  })
  const entries = parts.flatMap(sitemapEntries)
  const entry = (url: string) => entries.find((candidate) => candidate.url === `${site}${url}`)
  const part = (name: string) => parts.find((candidate) => candidate.name === name)
  const pathsIn = (name: string) =>
    sitemapEntries(part(name)!).map((candidate) => candidate.url.slice(site.length))

  it('files the site’s own pages apart, then each collection’s texts by the year of their date, newest first', () => {
    expect(parts.map((candidate) => candidate.name)).toEqual([
      'pages',
      'press-releases-2026',
      'press-releases-2019',
      'events-2026',
      'documents-2025',
    ])
    expect(pathsIn('press-releases-2019')).toEqual(['/ru/press-releases/archive'])
    expect(pathsIn('pages')).toHaveLength(18)
  })

  it('lists home, lists, the accessibility statement, releases, events and documents in every language they exist in, and no search', () => {
    expect(entries.map((candidate) => candidate.url.slice(site.length)).sort()).toEqual(
      [
        ...['kk', 'ru', 'en'].flatMap((locale) => [
          `/${locale}`,
          `/${locale}/press-releases`,
          `/${locale}/events`,
          `/${locale}/events/past`,
          `/${locale}/documents`,
          `/${locale}/accessibility`,
          `/${locale}/press-releases/talks`,
        ]),
        '/kk/press-releases/consular',
        '/ru/press-releases/archive',
        '/ru/events/forum',
        '/en/events/forum',
        '/kk/documents/memorandum',
        '/en/documents/memorandum',
      ].sort(),
    )
  })

  it('names each page’s languages, with Kazakh as x-default where the page has it', () => {
    expect(entry('/en/press-releases/talks')?.links).toEqual([
      { lang: 'kk', url: `${site}/kk/press-releases/talks` },
      { lang: 'ru', url: `${site}/ru/press-releases/talks` },
      { lang: 'en', url: `${site}/en/press-releases/talks` },
      { lang: 'x-default', url: `${site}/kk/press-releases/talks` },
    ])
    expect(entry('/en/events/forum')?.links).toEqual([
      { lang: 'ru', url: `${site}/ru/events/forum` },
      { lang: 'en', url: `${site}/en/events/forum` },
      { lang: 'x-default', url: `${site}/ru/events/forum` },
    ])
  })

  it('dates a text by its last change and a list by the newest change among its texts in that language', () => {
    expect(entry('/kk/press-releases/consular')?.lastmod).toBe('2026-02-20T08:00:00.000Z')
    expect(entry('/kk/press-releases')?.lastmod).toBe('2026-02-20T08:00:00.000Z')
    expect(entry('/en/press-releases')?.lastmod).toBe('2026-02-14T08:00:00.000Z')
    expect(entry('/en')?.lastmod).toBe('2026-02-14T08:00:00.000Z')
    expect(entry('/kk/events')?.lastmod).toBeUndefined()
    expect(entry('/ru/events/past')?.lastmod).toBe('2026-01-10T08:00:00.000Z')
    expect(entry('/en/documents')?.lastmod).toBe('2026-02-01T08:00:00.000Z')
    expect(entry('/ru/documents')?.lastmod).toBeUndefined()
  })

  it('dates each part by the newest change it lists, in any language', () => {
    expect(partLastModified(part('pages')!)).toBe('2026-02-20T08:00:00.000Z')
    expect(partLastModified(part('press-releases-2019')!)).toBe('2026-01-05T08:00:00.000Z')
    expect(partLastModified(part('documents-2025')!)).toBe('2026-02-01T08:00:00.000Z')
  })
})
