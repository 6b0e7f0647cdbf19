// Query strings built from what attackers and broken clients send: Payload's query syntax with wrong fields,
// operators and values, prototype keys, injection attempts, control characters, huge and malformed encodings.

const FIELDS = [
  'title',
  'slug',
  'publishedAt',
  'startsAt',
  'id',
  '_status',
  'heroImage',
  'heroImage.filename',
  'topics.slug',
  'email',
  'password',
  'hash',
  'salt',
  '__proto__',
  'constructor',
  'prototype',
  'a.b.c.d.e',
  '',
  'title.0',
  'searchText',
  'createdBy.email',
  'versions',
  'sizes.card.url',
  'x'.repeat(300),
]
const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
  '$ne',
  '$gt',
  'regex',
  '__proto__',
  '0',
  '',
]
const VALUES = [
  '1',
  '0',
  '-1',
  '1e309',
  'NaN',
  'true',
  'false',
  'null',
  'notadate',
  '2026-02-13',
  '2026-13-45',
  "' OR 1=1--",
  '"; DROP TABLE users;--',
  '%',
  '_',
  '\\',
  '%00',
  '%0A',
  '%E2%80%AE',
  '%FF%FE',
  'Қазақстан',
  'переговоры',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '1,2,3',
  ',,,',
  '[]',
  '{}',
  '%F0%9F%87%B0%F0%9F%87%BF',
  'a'.repeat(5000),
  '9'.repeat(40),
  // Beyond PostgreSQL's four-byte ids, a fraction where an id belongs, years JavaScript writes as "+099999".
  '2147483648',
  '1.5',
  '99999-01-01',
  '-271821-04-20',
]
const PARAMS = [
  'limit',
  'depth',
  'page',
  'sort',
  'locale',
  'fallback-locale',
  'draft',
  'pagination',
  'trash',
  'select[title]',
  'select[__proto__]',
  'populate[media]',
  'joins[x]',
  'q',
  'topic',
  'year',
  'id',
  '__proto__[x]',
  'constructor[prototype][x]',
  'where',
  'where[]',
  'where[or]',
  'where[and][0]',
]
const PARAM_VALUES = [
  '1',
  '0',
  '-1',
  '100000',
  '1e3',
  'abc',
  'kk',
  'ru',
  'en',
  'all',
  'xx',
  'none',
  '-title',
  'password',
  'title,-id',
  'true',
  'false',
  '%00',
  '[object Object]',
  'a'.repeat(3000),
  '%C0%AF',
  '%',
  '%%',
  '-5',
  '1.5',
  '9'.repeat(25),
]

/** A small seeded generator (mulberry32): the same run every time, so a failure can be replayed. */
export function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function hostileQueries(seed: number, count: number): string[] {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const condition = (prefix: string, nesting: number): string => {
    if (nesting > 0 && next() < 0.4)
      return condition(`${prefix}[${pick(['or', 'and'])}][${Math.floor(next() * 25)}]`, nesting - 1)
    return `${prefix}[${pick(FIELDS)}][${pick(OPERATORS)}]=${pick(VALUES)}`
  }
  const randomBytes = () =>
    Array.from(
      { length: 1 + Math.floor(next() * 40) },
      () =>
        `%${Math.floor(next() * 256)
          .toString(16)
          .padStart(2, '0')}`,
    ).join('')
  return Array.from({ length: count }, () => {
    const parts: string[] = []
    const size = 1 + Math.floor(next() * 4)
    for (let n = 0; n < size; n++) {
      const kind = next()
      if (kind < 0.5) parts.push(condition('where', 8))
      else if (kind < 0.85) parts.push(`${pick(PARAMS)}=${pick(PARAM_VALUES)}`)
      else parts.push(`${randomBytes()}=${randomBytes()}`)
    }
    return parts.join('&')
  })
}
