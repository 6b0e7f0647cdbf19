// Site search over the demo content, on the engine of the Vitest project (int-sqlite, int-postgres): any grammatical
// form finds every form, the best match comes first, every kind of content is filtered and counted, and names are
// found across the Latin and Cyrillic alphabets.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import type { SearchFilters } from '@/lib/search/indexedMatches'
import { seed } from '@/seed/index'
import { paragraphsToRichText } from '@/seed/richText'

import type { TestDatabase } from './helpers/databases'
import { testEngine } from './helpers/engine'
import { startPayload, stopPayload } from './helpers/payload'

const { kind, createDatabase } = testEngine()

// The seed dates its events from "today": a fixed day keeps their order the same on every run.
const TODAY = new Date('2026-06-15T06:00:00Z')

const BISHKEK_TALKS = 'kazakhstan-kyrgyzstan-foreign-ministers-talks-bishkek'
const ASTANA_TALKS = 'kazakhstan-uzbekistan-foreign-ministers-talks-astana'
const UN_DISARMAMENT = 'kazakhstan-calls-for-nuclear-disarmament-at-un-first-committee'
const TASHKENT = 'central-asian-foreign-ministers-meet-in-tashkent'
const NEW_YEAR = 'advice-to-citizens-travelling-abroad-during-the-new-year-holidays'
const AFGHANISTAN = 'kazakhstan-delivers-humanitarian-aid-to-afghanistan'
const ROUND_TABLE = 'foreign-ministry-hosts-round-table-with-foreign-investors-in-astana'
const BUDAPEST = 'days-of-kazakh-culture-open-in-budapest'
const CICA = 'minister-receives-cica-executive-director'
const OTS = 'minister-attends-ots-council-of-foreign-ministers-in-gabala'
const BERLIN = 'kazakhstan-germany-political-consultations-in-berlin'
const KOREAN_VISIT = 'official-visit-of-the-korean-foreign-minister-to-astana'
const SEMIPALATINSK = 'conference-from-semipalatinsk-to-a-nuclear-weapon-free-world'
const CINEMA = 'days-of-kazakh-cinema-in-bishkek'
const BRIEFING_EVENT = 'briefing-by-the-official-spokesperson-of-the-mfa'
const OPEN_DAY = 'consular-service-open-day-for-citizens'
const JAMILA = 'musical-performance-jamila-after-chingiz-aitmatov'
const DIPLOMACY = 'economic-diplomacy-conference-with-foreign-investors'
const FORUM = 'astana-international-forum'
const JOINT_STATEMENT = 'joint-statement-kazakhstan-kyrgyzstan-foreign-ministers'
const MEMORANDUM = 'memorandum-diplomatic-training-uzbekistan'
const ACCREDITATION = 'order-accreditation-of-foreign-media'
const HUNGARY = 'agreement-kazakhstan-hungary-cultural-cooperation'

/** What a visitor types, and the text that must come first. */
const BEST_MATCHES: [Locale, string, string][] = [
  ['ru', 'переговорах в Бишкеке', BISHKEK_TALKS],
  ['ru', 'переговоры в Астане', ASTANA_TALKS],
  ['ru', 'официальным визитом', KOREAN_VISIT],
  ['ru', 'ядерное разоружение', UN_DISARMAMENT],
  ['ru', 'встреча в Ташкенте', TASHKENT],
  ['ru', 'новогодние праздники', NEW_YEAR],
  ['ru', 'гуманитарная помощь Афганистану', AFGHANISTAN],
  ['ru', 'круглый стол с инвесторами', ROUND_TABLE],
  ['ru', 'дни культуры в Будапеште', BUDAPEST],
  ['ru', 'брифинг официального представителя', BRIEFING_EVENT],
  ['ru', 'СВМДА', CICA],
  ['ru', 'политическая консультация в Берлине', BERLIN],
  ['ru', 'Семипалатинский полигон', SEMIPALATINSK],
  ['ru', 'казахстанское кино', CINEMA],
  ['ru', 'Джамиля', JAMILA],
  ['ru', 'экономическая дипломатия', DIPLOMACY],
  ['ru', 'форум Астана', FORUM],
  ['ru', 'совместное заявление', JOINT_STATEMENT],
  ['ru', 'меморандумы о взаимопонимании', MEMORANDUM],
  ['ru', 'аккредитация представителей', ACCREDITATION],
  ['ru', 'сотрудничество в области культуры', HUNGARY],
  ['ru', 'организация тюркских государств', OTS],
  ['ru', 'дня открытых дверей', OPEN_DAY],
  ['kk', 'Бішкектегі келіссөздер', BISHKEK_TALKS],
  ['kk', 'Астанадағы келіссөздерді', ASTANA_TALKS],
  ['kk', 'ресми сапар', KOREAN_VISIT],
  ['kk', 'ядролық қарусыздану', UN_DISARMAMENT],
  ['kk', 'гуманитарлық көмекті', AFGHANISTAN],
  ['kk', 'дөңгелек үстелде', ROUND_TABLE],
  ['kk', 'мәдениет күндері', BUDAPEST],
  ['kk', 'ресми өкілдің брифингі', BRIEFING_EVENT],
  ['kk', 'атқарушы директор', CICA],
  ['kk', 'саяси консультацияларда', BERLIN],
  ['kk', 'Жәмила', JAMILA],
  ['kk', 'экономикалық дипломатияның', DIPLOMACY],
  ['kk', 'бірлескен мәлімдеме', JOINT_STATEMENT],
  ['kk', 'өзара түсіністік меморандумы', MEMORANDUM],
  ['kk', 'аккредиттеу қағидалары', ACCREDITATION],
  ['kk', 'мәдениет саласындағы ынтымақтастық', HUNGARY],
  ['kk', 'ашық есік күні', OPEN_DAY],
  ['en', 'talks in Bishkek', BISHKEK_TALKS],
  ['en', 'nuclear disarmament', UN_DISARMAMENT],
  ['en', 'humanitarian aid to Afghanistan', AFGHANISTAN],
  ['en', 'round tables with investors', ROUND_TABLE],
  ['en', 'Kazakh culture in Budapest', BUDAPEST],
  ['en', 'political consultations in Berlin', BERLIN],
  ['en', 'official visits', KOREAN_VISIT],
  ['en', 'Jamila', JAMILA],
  ['en', 'joint statements', JOINT_STATEMENT],
  ['en', 'accreditation of foreign media', ACCREDITATION],
  ['en', 'cooperation in culture', HUNGARY],
  ['en', 'open day', OPEN_DAY],
  ['en', 'Astana International Forum', FORUM],
]

describe(`site search on ${kind}`, () => {
  let database: TestDatabase
  let payload: Payload

  beforeAll(async () => {
    database = await createDatabase()
    payload = await startPayload(database.uri, kind)
    await seed(payload, { today: TODAY })
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  // Imported once the suite has chosen its database: the configuration reads the environment on first import.
  const search = async (locale: Locale, query: string, filters: Partial<SearchFilters> = {}, page = 1) => {
    const [{ searchSite, EVERYTHING }, { queryWords }] = await Promise.all([
      import('@/lib/search/searchSite'),
      import('@/lib/search/foldText'),
    ])
    return searchSite(locale, queryWords(query), page, { ...EVERYTHING, ...filters })
  }
  const slugs = async (locale: Locale, query: string, filters: Partial<SearchFilters> = {}) =>
    (await search(locale, query, filters)).hits.map((hit) => hit.slug)
  const allSlugs = async (locale: Locale, query: string) => {
    const found: string[] = []
    for (let page = 1; ; page++) {
      const { hits, totalPages } = await search(locale, query, {}, page)
      found.push(...hits.map((hit) => hit.slug))
      if (page >= totalPages) return found.sort()
    }
  }

  it.each(BEST_MATCHES)('in %s, «%s» finds %s first', async (locale, query, expected) => {
    expect((await slugs(locale, query))[0]).toBe(expected)
  })

  describe('word forms', () => {
    it('finds the same texts by any form of a Russian word', async () => {
      const talks = await allSlugs('ru', 'переговоры')
      expect(talks).toContain(BISHKEK_TALKS)
      expect(talks).toContain(ASTANA_TALKS)
      for (const form of ['переговоров', 'переговор', 'переговорах', 'ПЕРЕГОВОРАМИ'])
        expect(await allSlugs('ru', form), form).toEqual(talks)
      const visits = await allSlugs('ru', 'визит')
      expect(visits).toContain(KOREAN_VISIT)
      for (const form of ['визита', 'визиты', 'визитом'])
        expect(await allSlugs('ru', form), form).toEqual(visits)
    })

    it('finds the same texts by any form of a Kazakh word', async () => {
      const talks = await allSlugs('kk', 'келіссөздер')
      expect(talks).toContain(BISHKEK_TALKS)
      for (const form of ['келіссөздерді', 'келіссөз', 'келіссөздердің'])
        expect(await allSlugs('kk', form), form).toEqual(talks)
      const visits = await allSlugs('kk', 'сапар')
      expect(visits).toContain(KOREAN_VISIT)
      for (const form of ['сапары', 'сапарына', 'сапарлары'])
        expect(await allSlugs('kk', form), form).toEqual(visits)
    })

    it('finds the same texts by any form of an English word', async () => {
      const talks = await allSlugs('en', 'talks')
      expect(talks).toContain(BISHKEK_TALKS)
      expect(await allSlugs('en', 'talk')).toEqual(talks)
    })

    it('puts the foreign ministers’ own release on the first page of «иностранных дел»', async () => {
      expect(await slugs('ru', 'иностранных дел')).toContain(BISHKEK_TALKS)
    })
  })

  describe('every kind', () => {
    it('lists releases, events and documents together, counts each kind and filters by it', async () => {
      const all = await search('ru', 'Кыргызской Республики')
      const kinds = new Set(all.hits.map((hit) => hit.kind))
      expect(kinds).toEqual(new Set(['press-release', 'event', 'document']))
      const { perKind } = all
      expect(all.total).toBe(perKind['press-release'] + perKind.event + perKind.document)
      for (const only of ['press-release', 'event', 'document'] as const) {
        const filtered = await search('ru', 'Кыргызской Республики', { kind: only })
        expect(filtered.total).toBe(perKind[only])
        expect(filtered.perKind).toEqual(perKind)
        expect(filtered.hits.every((hit) => hit.kind === only)).toBe(true)
      }
    })

    it('filters by the year in Almaty, and still tells the years there are', async () => {
      const all = await search('ru', 'переговоры')
      expect(all.span?.first.getTime()).toBeLessThan(all.span?.last.getTime() ?? 0)
      const in2026 = await search('ru', 'переговоры', { year: 2026 })
      expect(in2026.hits.length).toBeGreaterThan(0)
      expect(in2026.hits.every((hit) => new Date(hit.date).getTime() >= Date.UTC(2025, 11, 31, 19))).toBe(
        true,
      )
      expect(in2026.span).toEqual(all.span)
      expect((await search('ru', 'переговоры', { year: 1990 })).total).toBe(0)
    })
  })

  describe('Latin and Cyrillic', () => {
    it('finds a Cyrillic name by its Latin spelling, and marks it so', async () => {
      for (const [locale, query] of [
        ['ru', 'Kosherbayev'],
        ['kk', 'Kosherbayev'],
        ['ru', 'kosherbaev'],
      ] as const) {
        const { hits } = await search(locale, query)
        expect(hits[0]?.slug, `${locale} ${query}`).toBe(CICA)
        expect(hits[0]?.transliterated).toBe(true)
      }
      const bishkek = await search('ru', 'Bishkek')
      expect([BISHKEK_TALKS, CINEMA]).toContain(bishkek.hits[0]?.slug)
      expect(bishkek.hits[0]?.transliterated).toBe(true)
    })

    it('finds a Latin name by its Cyrillic spelling, and not as a transliteration when written alike', async () => {
      const { hits } = await search('en', 'Кошербаев')
      expect(hits[0]?.slug).toBe(CICA)
      expect(hits[0]?.transliterated).toBe(true)
      expect((await search('en', 'Бишкек')).hits.map((hit) => hit.slug)).toContain(BISHKEK_TALKS)
      expect((await search('ru', 'Кошербаев')).hits[0]?.transliterated).toBe(false)
    })
  })

  describe('ranking, on fixed texts', () => {
    const day = (n: number) => new Date(Date.UTC(2024, 0, n, 6)).toISOString()
    let created = 0
    const release = async (date: number, title: string, summary: string, body: string) => {
      const doc = await payload.create({
        collection: 'press-releases',
        locale: 'ru',
        data: {
          slug: `ranking-${kind}-${++created}`,
          publishedAt: day(date),
          title,
          summary,
          body: paragraphsToRichText([body]),
          _status: 'published',
        },
      })
      return doc.slug
    }

    it('puts the whole phrase first, then more words, then title before summary before body, then the newer', async () => {
      const phraseInTitle = await release(1, 'Ламантин и бегемот', 'Текст', 'Текст')
      const phraseInBody = await release(9, 'Заметка', 'Текст', 'Жили-были ламантин и бегемот')
      const bothScattered = await release(8, 'Бегемоты', 'Про ламантинов', 'Текст')
      const oneInTitle = await release(2, 'Ламантины', 'Текст', 'Текст')
      const oneInTitleNewer = await release(3, 'Ламантин', 'Текст', 'Текст')
      const oneInSummary = await release(7, 'Заметка', 'О ламантине', 'Текст')
      const oneInBody = await release(6, 'Заметка', 'Текст', 'Снова ламантина видели')
      expect(await slugs('ru', 'ламантин и бегемот')).toEqual([
        phraseInTitle,
        phraseInBody,
        bothScattered,
        oneInTitleNewer,
        oneInTitle,
        oneInSummary,
        oneInBody,
      ])
      expect(await slugs('ru', 'ламантин и бегемот', { order: 'newest' })).toEqual([
        phraseInBody,
        bothScattered,
        oneInSummary,
        oneInBody,
        oneInTitleNewer,
        oneInTitle,
        phraseInTitle,
      ])
    })
  })

  it('finds texts stored before word forms once the search_word_forms migration has indexed them again', async () => {
    const { sql } = await import('@payloadcms/db-sqlite')
    const run = async (query: string) => {
      const db = payload.db as unknown as {
        drizzle: { run?: (q: unknown) => Promise<unknown>; execute?: (q: unknown) => Promise<unknown> }
      }
      await (kind === 'sqlite' ? db.drizzle.run?.(sql.raw(query)) : db.drizzle.execute?.(sql.raw(query)))
    }
    // The text as the search before word forms stored it: folded words, no keys.
    await run(`UPDATE press_releases_locales SET search_text = lower(title) WHERE _locale = 'ru'`)
    expect(await slugs('ru', 'переговорах в Бишкеке')).not.toContain(BISHKEK_TALKS)
    const { committedMigrations } = await import('@/migrations')
    const migration = (await committedMigrations(kind)).find(
      ({ name }) => name === '20261206_130000_search_word_forms',
    )
    await migration?.up({ db: payload.db.drizzle, payload, req: {} } as never)
    expect((await slugs('ru', 'переговорах в Бишкеке'))[0]).toBe(BISHKEK_TALKS)
  })
})
