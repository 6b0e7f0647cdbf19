import { describe, expect, it } from 'vitest'

import { DOCUMENT_TYPES } from '@/collections/Documents/types'
import { locales } from '@/i18n/locales'

import { documents } from './documents'
import { events } from './events'
import { pressReleases } from './press-releases'
import { topics } from './topics'
import type { ImageSeed, Localized, LocalizedParagraphs } from './types'

const KAZAKH_LETTERS = /[әғқңөұүһі]/i
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function localizedTexts(item: object): (Localized | LocalizedParagraphs)[] {
  return Object.values(item).flatMap((value) => {
    if (typeof value !== 'object' || value === null) return []
    if ('kk' in value && 'ru' in value && 'en' in value) return [value as Localized]
    return Array.isArray(value)
      ? value.flatMap((entry: object) => localizedTexts(entry))
      : localizedTexts(value)
  })
}

const everything = [...pressReleases, ...events, ...documents, ...topics]

describe('the demo content', () => {
  it('has enough to show: 12 releases, 8 events, 3 upcoming and 3 past', () => {
    expect(pressReleases.length).toBeGreaterThanOrEqual(12)
    expect(events.length).toBeGreaterThanOrEqual(8)
    expect(events.filter((event) => event.startsInDays > 0).length).toBeGreaterThanOrEqual(3)
    expect(
      events.filter((event) => event.startsInDays + event.endsAfterDays < 0).length,
    ).toBeGreaterThanOrEqual(3)
  })

  it('has 4 to 6 documents of several types, signed in more than one year, for the filters to show', () => {
    expect(documents.length).toBeGreaterThanOrEqual(4)
    expect(documents.length).toBeLessThanOrEqual(6)
    for (const document of documents) {
      expect(DOCUMENT_TYPES).toContain(document.documentType)
      expect(document.signedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(document.text.kk).toMatch(KAZAKH_LETTERS)
    }
    expect(new Set(documents.map((document) => document.documentType)).size).toBeGreaterThanOrEqual(4)
    expect(new Set(documents.map((document) => document.signedOn.slice(0, 4))).size).toBeGreaterThan(1)
  })

  it('is written in all three languages, the Kazakh never copied from the Russian', () => {
    for (const text of everything.flatMap(localizedTexts)) {
      for (const locale of locales) expect(text[locale].length, JSON.stringify(text.en)).toBeGreaterThan(0)
      expect(text.kk).not.toEqual(text.ru)
    }
    const kazakhBodies = [...pressReleases, ...events].map((item) => item.body.kk.join(' '))
    for (const body of kazakhBodies) expect(body).toMatch(KAZAKH_LETTERS)
  })

  it('uses unique Latin slugs and image files, and only known topics and related releases', () => {
    const slugs = everything.map((item) => item.slug)
    for (const slug of slugs) expect(slug).toMatch(SLUG)
    expect(new Set(slugs).size).toBe(slugs.length)
    const images: ImageSeed[] = [
      ...pressReleases.flatMap((release) => [release.hero, ...release.gallery]),
      ...events.flatMap((event) => event.images),
    ]
    expect(new Set(images.map((image) => image.file)).size).toBe(images.length)
    const topicSlugs = new Set(topics.map((topic) => topic.slug))
    const releaseSlugs = new Set(pressReleases.map((release) => release.slug))
    for (const item of [...pressReleases, ...events, ...documents])
      for (const topic of item.topics) expect(topicSlugs).toContain(topic)
    for (const release of pressReleases)
      for (const related of release.related) expect(releaseSlugs).toContain(related)
  })

  it('tells the talks in Bishkek on 13 February 2026 as the ministry’s release does, and nothing more', () => {
    const talks = pressReleases.find(
      (release) => release.slug === 'kazakhstan-kyrgyzstan-foreign-ministers-talks-bishkek',
    )
    expect(talks?.publishedAt.startsWith('2026-02-13')).toBe(true)
    expect(talks?.gallery.length).toBeGreaterThanOrEqual(2)
    const english = talks?.body.en.join(' ') ?? ''
    for (const fact of [
      'Kosherbayev',
      'Kulubaev',
      'has reached 2 billion',
      '3 billion',
      '1.4 billion',
      '20 years',
      'Industrial Trade and Logistics Complex is planned near the Karasu and Ak-Tilek checkpoints',
      'Days of Kazakh Cinema',
      'Days of Kyrgyz Cinema in Astana',
      'youth forum',
      'Golden Bridge',
      'premiere of Jamila',
    ]) {
      expect(english).toContain(fact)
    }
    // What the release once added: a council meeting, a work plan, a complex "being built", "about" $2 billion.
    const everyText = JSON.stringify(talks)
    for (const added of [
      'Council',
      'work plan',
      'being built',
      'building',
      'about 2',
      'Кеңес',
      'Совет',
      'около',
    ])
      expect(everyText).not.toContain(added)
    const kazakh = talks?.body.kk.join(' ') ?? ''
    for (const fact of [
      'Көшербаев',
      'Кулубаев',
      'Алтын көпір',
      'Жәмила',
      'Қырғыз киносының күндері',
      'жастар форумы',
    ])
      expect(kazakh).toContain(fact)
    const russian = talks?.body.ru.join(' ') ?? ''
    for (const fact of [
      'Кошербаев',
      'Кулубаев',
      'Золотой мост',
      'Джамиля',
      'Дни кыргызского кино',
      'молодежный форум',
    ])
      expect(russian).toContain(fact)
  })

  it('marks every demo release without a source as a sample, in the lists and on its page', () => {
    const unsourced = pressReleases.filter(
      (release) => !/^(kazakhstan-kyrgyzstan|minister-attends-ots)/.test(release.slug),
    )
    expect(unsourced).toHaveLength(pressReleases.length - 2)
    for (const release of unsourced) {
      expect(release.summary.ru, release.slug).toMatch(/^Образец: /)
      expect(release.summary.kk, release.slug).toMatch(/^Үлгі мәтін: /)
      expect(release.summary.en, release.slug).toMatch(/^Sample: /)
      // The page leads with the summary: its body does not say it twice.
      expect(release.body.ru[0], release.slug).not.toMatch(/^Образец: /)
    }
  })

  it('marks every demo document as a sample, on its page and on its PDF', () => {
    for (const document of documents) {
      expect(document.summary.ru, document.slug).toMatch(/^Образец: /)
      expect(document.text.kk, document.slug).toMatch(/^Үлгі құжат: /)
      expect(document.text.en, document.slug).toMatch(/^Sample: /)
    }
  })
})
