import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { isTrashOfCollectionWithout, refusedAdminQuery } from './adminQuery'

let config: SanitizedConfig

beforeAll(async () => {
  config = await (await import('@payload-config')).default
}, 60_000)

const list = ['collections', 'press-releases']
const comparison = ['collections', 'press-releases', '1', 'versions', '62']
const refusal = (segments: string[], searchParams: Record<string, string | string[]>) =>
  refusedAdminQuery(config, segments, searchParams)

describe('a collection’s list in the admin', () => {
  it('reads what its own filters, columns, pages and groups write', () => {
    const addresses: Record<string, string>[] = [
      {},
      { limit: '10', page: '2', sort: '-publishedAt' },
      { 'where[or][0][and][0][id][equals]': '12' },
      { 'where[or][0][and][0][title][like]': 'Бішкек' },
      { 'where[or][20][and][0][title][like]': 'Бішкек' },
      { 'where[or][0][and][0][publishedAt][greater_than]': '2026-02-13T19:00:00.000Z' },
      { 'where[or][0][and][0][reviewState][in]': 'submitted,approved' },
      { 'where[reviewState][equals]': 'submitted' },
      { search: '\\', columns: '["title","-id"]', groupBy: 'publishedAt' },
      { groupBy: 'publishedAt', queryByGroup: '{"2026-02-13":{"page":2,"limit":5}}' },
      // The list does not read a `where` written as JSON.
      { where: '{bad' },
    ]
    for (const searchParams of addresses)
      expect(refusal(list, searchParams), JSON.stringify(searchParams)).toBeNull()
  })

  it('is refused, saying why, where the database cannot answer its address', () => {
    for (const [searchParams, reason] of [
      // Beyond PostgreSQL's four-byte integers: the list was blank there.
      [{ 'where[or][0][and][0][id][equals]': '99999999999' }, /whole number up to 2147483647/],
      [{ 'where[or][0][and][0][title][not_like]': '\\' }, /lone backslash/],
      [{ 'where[or][0][and][0][publishedAt][greater_than]': '99999-01-01' }, /years 1 to 9999/],
      // Blank on both engines.
      [{ 'where[id][within]': '-1' }, /"within" does not apply/],
      [{ 'where[nope][equals]': '1' }, /unknown field "nope"/],
      [{ 'where[or][0][or][22][title][equals]': '1' }, /"or" holds conditions at positions above 20/],
      [{ queryByGroup: '{bad' }, /queryByGroup: not valid JSON/],
      [{ queryByGroup: '{"x":{"page":99999999999}}' }, /page: a whole number/],
      [{ page: '99999999999' }, /page: a whole number/],
      // Kept in the user's preferences and read at every visit after.
      [{ limit: '99999999' }, /limit: a whole number from 1 to 100/],
      [{ sort: 'password' }, /sort: unknown field/],
    ] as const) {
      const refused = refusal(list, searchParams)
      expect(refused?.reason, JSON.stringify(searchParams)).toMatch(reason)
      expect(refused).toMatchObject({ part: 'list', path: '/admin/collections/press-releases' })
    }
  })

  it('is refused for a field Payload keeps from queries: an account’s password hash', () => {
    expect(refusal(['collections', 'users'], { 'where[hash][like]': 'a' })?.reason).toMatch(
      /unknown field "hash"/,
    )
    expect(refusal(['collections', 'users'], { sort: 'salt' })?.reason).toMatch(/unknown field "salt"/)
    expect(refusal(['collections', 'users'], { 'where[role][equals]': 'editor' })).toBeNull()
  })

  it('has a trash only where the collection keeps one', () => {
    const trashOf = (slug: string) => isTrashOfCollectionWithout(config, ['collections', slug, 'trash'])
    const keeping = config.collections.filter((collection) => collection.trash).map(({ slug }) => slug)
    for (const { slug } of config.collections) expect(trashOf(slug), slug).toBe(!keeping.includes(slug))
    expect(isTrashOfCollectionWithout(config, list)).toBe(false)
  })

  it('is held to the same rules in the trash, and leads back there', () => {
    expect(refusal([...list, 'trash'], { 'where[id][equals]': '1.5' })?.path).toBe(
      '/admin/collections/press-releases/trash',
    )
  })
})

describe('a comparison of two versions in the admin', () => {
  it('reads the languages it writes itself: a JSON list', () => {
    for (const localeCodes of ['["kk","ru"]', '[]', '["xx"]'])
      expect(refusal(comparison, { localeCodes }), localeCodes).toBeNull()
    expect(refusal(comparison, {})).toBeNull()
  })

  it('is refused, leading back to all languages, for anything else: it answered 500', () => {
    for (const localeCodes of ['kk', '{}', '123', ['["kk"]', '["ru"]']]) {
      const refused = refusal(comparison, { localeCodes })
      expect(refused, String(localeCodes)).toMatchObject({
        part: 'comparison',
        path: '/admin/collections/press-releases/1/versions/62',
      })
    }
    expect(refusal(['globals', 'site', 'versions', '3'], { localeCodes: 'kk' })?.path).toBe(
      '/admin/globals/site/versions/3',
    )
  })
})

describe('any view of the admin', () => {
  it('takes the site’s languages, or all, as the language of its address', () => {
    for (const locale of ['kk', 'ru', 'en', 'all']) expect(refusal(list, { locale }), locale).toBeNull()
  })

  it('is refused for any other, leading back to the same view: a NUL kept as the user’s choice failed', () => {
    const addresses: [string[], string | string[]][] = [
      [[], '\u0000'],
      [['globals', 'site'], 'xx'],
      [comparison, ['kk', 'ru']],
      [list, 'a'.repeat(5000)],
    ]
    for (const [segments, locale] of addresses) {
      const refused = refusal(segments, { locale })
      expect(refused, String(locale).slice(0, 10)).toMatchObject({
        part: 'language',
        path: ['/admin', ...segments].join('/'),
      })
    }
  })
})

it('leaves the other views of the admin to Payload', () => {
  for (const segments of [
    [],
    ['collections', 'press-releases', '12'],
    ['collections', 'press-releases', '12', 'versions'],
    ['globals', 'site'],
    ['globals', 'site', 'versions'],
    ['collections', 'no-such-collection'],
    ['account'],
  ])
    expect(refusal(segments, { 'where[id][within]': '-1', localeCodes: 'kk' }), segments.join('/')).toBeNull()
})
