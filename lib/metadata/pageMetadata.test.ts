import { beforeEach, describe, expect, it, vi } from 'vitest'

import { everywhere, onlyIn } from './alternates'
import type { SiteTexts } from './pageMetadata'
import { pageMetadata, pressReleaseCard, shareablePhoto } from './pageMetadata'

const texts: SiteTexts = {
  ministry: 'Министерство иностранных дел Республики Казахстан',
  feedTitle: 'Пресс-релизы МИД Республики Казахстан',
}

beforeEach(() => {
  vi.stubEnv('SITE_URL', 'https://mfa.example.kz')
})

describe('page metadata', () => {
  it('gives a page an absolute canonical, its languages, the feed and a card with the ministry’s image', () => {
    const metadata = pageMetadata(
      {
        locale: 'ru',
        title: 'Пресс-релизы',
        description: 'Все пресс-релизы',
        alternates: everywhere('/press-releases'),
      },
      texts,
    )
    expect(metadata.alternates).toEqual({
      canonical: 'https://mfa.example.kz/ru/press-releases',
      languages: {
        kk: 'https://mfa.example.kz/kk/press-releases',
        ru: 'https://mfa.example.kz/ru/press-releases',
        en: 'https://mfa.example.kz/en/press-releases',
        'x-default': 'https://mfa.example.kz/kk/press-releases',
      },
      types: {
        'application/rss+xml': [
          { url: 'https://mfa.example.kz/ru/press-releases/feed.xml', title: texts.feedTitle },
        ],
      },
    })
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      url: 'https://mfa.example.kz/ru/press-releases',
      locale: 'ru_RU',
      alternateLocale: ['kk_KZ', 'en_US'],
      siteName: texts.ministry,
      images: [{ url: 'https://mfa.example.kz/ru/share-image.png', width: 1200, height: 630 }],
    })
    expect(metadata.twitter).toMatchObject({
      card: 'summary_large_image',
      images: [{ url: 'https://mfa.example.kz/ru/share-image.png' }],
    })
    expect(metadata.robots).toBeUndefined()
  })

  it('keeps the page number in the canonical of a later page, and names no other languages there', () => {
    const metadata = pageMetadata(
      {
        locale: 'en',
        title: 'Press releases',
        description: 'All',
        alternates: everywhere('/press-releases'),
        query: { topic: 'culture', page: '2' },
      },
      texts,
    )
    expect(metadata.alternates?.canonical).toBe(
      'https://mfa.example.kz/en/press-releases?topic=culture&page=2',
    )
    expect(metadata.alternates?.languages).toBeUndefined()
    expect(metadata.openGraph?.url).toBe('https://mfa.example.kz/en/press-releases?topic=culture&page=2')
  })

  it('names as alternate locales only the languages a text is written in', () => {
    const metadata = pageMetadata(
      {
        locale: 'kk',
        title: 'Консулдық қабылдау',
        description: 'Кесте',
        alternates: onlyIn(['kk', 'en'], '/press-releases/consular'),
        image: pressReleaseCard('kk', 'consular', 'Консулдық қабылдау'),
        article: { publishedTime: '2026-02-13T10:00:00.000Z', modifiedTime: '2026-02-13T11:00:00.000Z' },
      },
      texts,
    )
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      locale: 'kk_KZ',
      alternateLocale: ['en_US'],
      publishedTime: '2026-02-13T10:00:00.000Z',
      images: [
        {
          url: 'https://mfa.example.kz/kk/press-releases/consular/share-image.png',
          alt: 'Консулдық қабылдау',
        },
      ],
    })
    expect(metadata.alternates?.languages).not.toHaveProperty('ru')
  })

  it('marks a page that search engines should leave out', () => {
    const metadata = pageMetadata(
      {
        locale: 'en',
        title: 'Search',
        description: 'Search',
        alternates: everywhere('/search'),
        noindex: true,
      },
      texts,
    )
    expect(metadata.robots).toEqual({ index: false })
  })
})

describe('a page’s photo as its share image', () => {
  const photo = {
    id: 1,
    alt: 'Delegations at the table',
    url: '/api/media/file/talks.jpg',
    width: 1600,
    height: 1000,
    mimeType: 'image/jpeg',
    updatedAt: '',
    createdAt: '',
  }

  it('is used when every network can show it, at an absolute address', () => {
    expect(shareablePhoto(photo)).toEqual({
      url: 'https://mfa.example.kz/api/media/file/talks.jpg',
      width: 1600,
      height: 1000,
      alt: 'Delegations at the table',
      type: 'image/jpeg',
    })
  })

  it('is not used when missing, unpopulated or in a format some networks cannot show', () => {
    expect(shareablePhoto(null)).toBeUndefined()
    expect(shareablePhoto(7)).toBeUndefined()
    expect(shareablePhoto({ ...photo, mimeType: 'image/avif' })).toBeUndefined()
  })
})
