import { describe, expect, it } from 'vitest'

import {
  cappedDepth,
  cappedLimit,
  checkPage,
  checkSort,
  checkWhere,
  MAX_LIMIT,
  QueryRuleError,
  type QueryableField,
} from './restQueryRules'

const fields: QueryableField[] = [
  { name: 'title', type: 'text' },
  { name: 'publishedAt', type: 'date' },
  { name: 'heroImage', type: 'upload' },
  { name: 'document', type: 'relationship', relationTo: ['press-releases', 'events'] },
  { name: 'generateSlug', type: 'checkbox' },
  { name: '_status', type: 'select', options: [{ value: 'draft' }, { value: 'published' }] },
]

const refused = (where: unknown) => expect(() => checkWhere(where, fields)).toThrow(QueryRuleError)

describe('the rules for a query from outside', () => {
  it('let through what the site and the admin ask', () => {
    for (const where of [
      { title: { like: 'Астана' } },
      { publishedAt: { greater_than_equal: '2026-01-01T00:00:00.000Z', less_than: '2027-01-01' } },
      { publishedAt: { greater_than: '0001-01-01', less_than: '9999-12-31T23:59:59Z' } },
      { or: [{ title: { contains: 'визит' } }, { _status: { equals: 'published' } }] },
      { and: { 0: { id: { in: '1,2,3' } }, 1: { heroImage: { exists: 'true' } } } },
      { 'heroImage.filename': { equals: 'talks.webp' } },
      { generateSlug: { equals: 'false' } },
      { and: [{ title: { not_like: 'C:\\\\' } }, { title: { contains: 'a\\b' } }] },
      { _status: { in: ['draft', 'published'] } },
      { id: { less_than_equal: '2147483647' }, heroImage: { not_in: '-1,0' } },
      { 'document.relationTo': { equals: 'events' }, 'document.value': { equals: '12' } },
    ]) {
      expect(() => checkWhere(where, fields)).not.toThrow()
    }
  })

  it('refuse values the database would choke on', () => {
    refused({ publishedAt: { greater_than: 'notadate' } })
    // Payload writes these years as "+099999-01-01", which PostgreSQL cannot read.
    refused({ publishedAt: { greater_than: '99999-01-01' } })
    refused({ publishedAt: { less_than: '-271821-04-20' } })
    refused({ id: { equals: 'abc' } })
    refused({ heroImage: { in: 'false' } })
    refused({ title: { equals: { $ne: 1 } } })
    refused({ heroImage: { exists: 'maybe' } })
    refused({ title: { like: 'Астана\u0000' } })
    for (const pattern of ['\\', 'a\\', '\\\\\\']) refused({ title: { not_like: pattern } })
    refused({ id: { in: Array.from({ length: 101 }, (_, n) => n) } })
    refused({ _status: { not_equals: '[]' } })
    refused({ _status: { in: 'draft,archived' } })
    // PostgreSQL's ids are four-byte integers: it fails a comparison with a larger number or a fraction.
    refused({ id: { greater_than_equal: '9'.repeat(40) } })
    refused({ id: { equals: '2147483648' } })
    refused({ heroImage: { in: '1,1.5' } })
    refused({ 'document.value': { equals: '2147483648' } })
  })

  it('refuse operators that do not fit the field, and unknown fields or operators', () => {
    refused({ title: { near: '1,2' } })
    refused({ title: { greater_than: 'a' } })
    refused({ publishedAt: { like: '2026' } })
    refused({ secret: { equals: 'x' } })
    refused({ title: { regex: '.*' } })
    refused({ heroImage: { all: '1' } })
    refused({ _status: { not_like: 'false' } })
    refused({ title: {} })
    refused({ title: 'x' })
  })

  it('refuse prototype keys, and queries nested or long enough to be a denial of service', () => {
    refused(JSON.parse('{"__proto__": {"equals": "x"}}'))
    refused({ 'heroImage.constructor': { equals: 'x' } })
    let nested: unknown = { title: { equals: 'x' } }
    for (let level = 0; level < 7; level++) nested = { or: [nested] }
    refused(nested)
    refused({ or: Array.from({ length: 31 }, () => ({ title: { equals: 'x' } })) })
    refused({ or: 'x' })
    refused([])
  })

  it('sort by the collection’s own fields only', () => {
    expect(() => checkSort('-publishedAt,title', fields)).not.toThrow()
    expect(() => checkSort(['id'], fields)).not.toThrow()
    for (const sort of ['password', '__proto__', '-heroImage.filename', { a: 1 }])
      expect(() => checkSort(sort, fields)).toThrow(QueryRuleError)
  })

  it('check a versions query against the versions’ own fields, the document’s inside `version`', () => {
    const versionFields: QueryableField[] = [
      { name: 'parent', type: 'relationship' },
      { name: 'version', type: 'group', flattenedFields: fields },
      { name: 'updatedAt', type: 'date' },
      { name: 'latest', type: 'checkbox' },
    ]
    for (const where of [
      { parent: { equals: '12' } },
      { 'version.title': { like: 'Астана' } },
      { and: [{ 'version.publishedAt': { greater_than: '2026-01-01' } }, { latest: { equals: 'true' } }] },
    ])
      expect(() => checkWhere(where, versionFields)).not.toThrow()
    for (const where of [
      { title: { like: 'x' } },
      { parent: { equals: 'abc' } },
      { 'version.secret': { equals: 'x' } },
      { 'version.publishedAt': { like: '2026' } },
    ])
      expect(() => checkWhere(where, versionFields)).toThrow(QueryRuleError)
    expect(() => checkSort('-version.publishedAt,updatedAt', versionFields)).not.toThrow()
    expect(() => checkSort('version.nothing', versionFields)).toThrow(QueryRuleError)
  })

  it('cap the page size and depth, reading nonsense and "everything" as the cap', () => {
    expect([5, 100, 101, 100000, 0, -5, 'abc'].map(cappedLimit)).toEqual([5, 100, 100, 100, 100, 100, 100])
    expect(cappedLimit(undefined)).toBeUndefined()
    expect(MAX_LIMIT).toBe(100)
    expect([0, 1, 2, 100, -1, 'x'].map(cappedDepth)).toEqual([0, 1, 2, 2, 0, 0])
  })

  it('take a page from 1 to 100,000 only: the rows skipped before it overflowed the database', () => {
    for (const page of ['1', '2', '100000', 3]) expect(() => checkPage(page), String(page)).not.toThrow()
    for (const page of ['0', '-5', '1.5', 'abc', '', '100001', '9'.repeat(25), ['1', '2'], -5, 1.5, 1e25])
      expect(() => checkPage(page), String(page)).toThrow(QueryRuleError)
  })
})
