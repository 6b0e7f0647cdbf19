import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it, vi } from 'vitest'

import { pressReleaseFeed } from './feeds'

// The feed below is built when the file loads, so the address is set before.
vi.stubEnv('SITE_URL', 'https://mfa.example.kz')

const release = (slug: string, title: string, publishedAt: string) => ({
  id: 1,
  slug,
  title,
  summary: `${title}: қысқаша`,
  publishedAt,
  heroImage: null,
})

describe('the press-release feed', () => {
  const xml = pressReleaseFeed(
    'kk',
    [
      release('newest', 'Жаңа <релиз> & хабар', '2026-02-20T08:00:00.000Z'),
      release('older', 'Бұрынғы релиз', '2026-02-13T10:00:00.000Z'),
    ],
    { title: 'Баспасөз релиздері', description: 'Министрліктің баспасөз релиздері.' },
  )
  const { rss } = new XMLParser({ ignoreAttributes: false }).parse(xml)

  it('is RSS 2.0 in the language it was asked for, pointing at itself', () => {
    expect(rss['@_version']).toBe('2.0')
    expect(rss.channel.language).toBe('kk')
    expect(rss.channel.link).toBe('https://mfa.example.kz/kk/press-releases')
    expect(rss.channel['atom:link']['@_href']).toBe('https://mfa.example.kz/kk/press-releases/feed.xml')
    expect(rss.channel.lastBuildDate).toBe('Fri, 20 Feb 2026 08:00:00 GMT')
  })

  it('carries each release with an absolute link, its date and summary, text kept as written', () => {
    expect(rss.channel.item).toHaveLength(2)
    expect(rss.channel.item[0]).toMatchObject({
      title: 'Жаңа <релиз> & хабар',
      link: 'https://mfa.example.kz/kk/press-releases/newest',
      pubDate: 'Fri, 20 Feb 2026 08:00:00 GMT',
      description: 'Жаңа <релиз> & хабар: қысқаша',
    })
  })
})
