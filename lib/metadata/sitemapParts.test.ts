import { describe, expect, it, vi } from 'vitest'

import { sitemapEntries } from './sitemapEntries'

// The entries below are built when the file loads, so the address is set before.
vi.stubEnv('SITE_URL', 'https://mfa.example.kz')

const site = 'https://mfa.example.kz'

describe('the sitemap', () => {
  const entries = sitemapEntries({
    pressReleases: [
      { slug: 'talks', languages: ['kk', 'ru', 'en'], updatedAt: '2026-02-14T08:00:00.000Z' },
      { slug: 'consular', languages: ['kk'], updatedAt: '2026-02-20T08:00:00.000Z' },
    ],
    events: [{ slug: 'forum', languages: ['ru', 'en'], updatedAt: '2026-01-10T08:00:00.000Z' }],
    documents: [{ slug: 'memorandum', languages: ['kk', 'en'], updatedAt: '2026-02-01T08:00:00.000Z' }],
  })
  const entry = (url: string) => entries.find((candidate) => candidate.url === `${site}${url}`)

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
        '/ru/events/forum',
        '/en/events/forum',
        '/kk/documents/memorandum',
        '/en/documents/memorandum',
      ].sort(),
    )
  })

  it('names each page’s languages, with Kazakh as x-default where the page has it', () => {
    expect(entry('/en/press-releases/talks')?.alternates?.languages).toEqual({
      kk: `${site}/kk/press-releases/talks`,
      ru: `${site}/ru/press-releases/talks`,
      en: `${site}/en/press-releases/talks`,
      'x-default': `${site}/kk/press-releases/talks`,
    })
    expect(entry('/en/events/forum')?.alternates?.languages).toEqual({
      ru: `${site}/ru/events/forum`,
      en: `${site}/en/events/forum`,
      'x-default': `${site}/ru/events/forum`,
    })
  })

  it('dates a text by its last change and a list by the newest change among its texts in that language', () => {
    expect(entry('/kk/press-releases/consular')?.lastModified).toBe('2026-02-20T08:00:00.000Z')
    expect(entry('/kk/press-releases')?.lastModified).toBe('2026-02-20T08:00:00.000Z')
    expect(entry('/en/press-releases')?.lastModified).toBe('2026-02-14T08:00:00.000Z')
    expect(entry('/en')?.lastModified).toBe('2026-02-14T08:00:00.000Z')
    expect(entry('/kk/events')?.lastModified).toBeUndefined()
    expect(entry('/ru/events/past')?.lastModified).toBe('2026-01-10T08:00:00.000Z')
    expect(entry('/en/documents')?.lastModified).toBe('2026-02-01T08:00:00.000Z')
    expect(entry('/ru/documents')?.lastModified).toBeUndefined()
  })
})
