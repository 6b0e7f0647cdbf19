import { beforeEach, describe, expect, it, vi } from 'vitest'

import { breadcrumbList, eventJsonLd, governmentOrganization, newsArticle, serializeJsonLd } from './jsonLd'
import { pressReleaseCard } from './pageMetadata'

beforeEach(() => {
  vi.stubEnv('SITE_URL', 'https://mfa.example.kz')
})

describe('structured data', () => {
  it('cannot be ended early by a title that closes the script element', () => {
    const json = serializeJsonLd({ '@type': 'Thing', name: '</script><script>alert(1)</script> & more' })
    expect(json).not.toMatch(/[<>&]/)
    expect(JSON.parse(json)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Thing',
      name: '</script><script>alert(1)</script> & more',
    })
  })

  it('keeps Kazakh letters as they are', () => {
    expect(serializeJsonLd({ '@type': 'Thing', name: 'Қазақстан Республикасы' })).toContain(
      '"Қазақстан Республикасы"',
    )
  })

  it('describes the ministry with its contacts and its pages elsewhere', () => {
    const ministry = governmentOrganization('ru', {
      name: 'Министерство иностранных дел Республики Казахстан',
      telephone: '+7 7172 72 05 18',
      email: 'mid@mfa.kz',
      address: '010000, г. Астана, ул. Д. Кунаева, 31',
      sameAs: ['https://t.me/MFA_KZ'],
    })
    expect(ministry).toMatchObject({
      '@type': 'GovernmentOrganization',
      url: 'https://mfa.example.kz/ru',
      logo: 'https://mfa.example.kz/mark.svg',
      telephone: '+7 7172 72 05 18',
      sameAs: ['https://t.me/MFA_KZ'],
      address: { '@type': 'PostalAddress', addressCountry: 'KZ' },
    })
    expect(governmentOrganization('en', { name: 'Ministry' })).not.toHaveProperty('sameAs')
  })

  it('numbers a breadcrumb trail and leaves the current page without a link', () => {
    expect(
      breadcrumbList([
        { name: 'Басты бет', url: 'https://mfa.example.kz/kk' },
        { name: 'Баспасөз релиздері', url: 'https://mfa.example.kz/kk/press-releases' },
        { name: 'Бішкектегі келіссөздер' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Басты бет', item: 'https://mfa.example.kz/kk' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Баспасөз релиздері',
        item: 'https://mfa.example.kz/kk/press-releases',
      },
      { '@type': 'ListItem', position: 3, name: 'Бішкектегі келіссөздер' },
    ])
  })

  it('describes a release as a news article by the ministry, in its language', () => {
    const article = newsArticle({
      url: 'https://mfa.example.kz/kk/press-releases/talks',
      headline: 'Келіссөздер',
      description: 'Қысқаша',
      datePublished: '2026-02-13T10:00:00.000Z',
      dateModified: '2026-02-14T08:00:00.000Z',
      locale: 'kk',
      image: pressReleaseCard('kk', 'talks', 'Келіссөздер'),
      ministry: 'Қазақстан Республикасының Сыртқы істер министрлігі',
    })
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Келіссөздер',
      inLanguage: 'kk',
      datePublished: '2026-02-13T10:00:00.000Z',
      dateModified: '2026-02-14T08:00:00.000Z',
      image: ['https://mfa.example.kz/kk/press-releases/talks/share-image.png'],
      publisher: {
        '@type': 'GovernmentOrganization',
        name: 'Қазақстан Республикасының Сыртқы істер министрлігі',
      },
    })
  })

  it('says an event is also online when it is broadcast', () => {
    const facts = {
      url: 'https://mfa.example.kz/en/events/briefing',
      name: 'Briefing',
      description: 'A briefing',
      startDate: '2026-03-01T05:00:00.000Z',
      endDate: '2026-03-01T06:00:00.000Z',
      location: 'Astana',
      locale: 'en' as const,
      image: pressReleaseCard('en', 'x', 'x'),
      ministry: 'Ministry',
    }
    expect(eventJsonLd(facts)).toMatchObject({
      '@type': 'Event',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: [{ '@type': 'Place', name: 'Astana' }],
      organizer: { name: 'Ministry' },
    })
    expect(eventJsonLd({ ...facts, broadcastUrl: 'https://youtube.com/live' })).toMatchObject({
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      location: [{ '@type': 'Place' }, { '@type': 'VirtualLocation', url: 'https://youtube.com/live' }],
    })
  })
})
