import { describe, expect, it } from 'vitest'

import { ownQuery, pageQuery, single } from './listQuery'

describe("a list page's query", () => {
  it('takes a filter given once, ignores an empty one and refuses one given twice', () => {
    expect(single('economy')).toBe('economy')
    expect(single('')).toBeUndefined()
    expect(single(undefined)).toBeUndefined()
    expect(single(['economy', 'culture'])).toBeNull()
  })

  it('writes the filters set, in order, then the page beyond the first', () => {
    expect(pageQuery({ topic: 'economy', year: undefined }, 1)).toEqual({ topic: 'economy' })
    expect(Object.entries(pageQuery({ topic: 'economy', year: '2026' }, 3))).toEqual([
      ['topic', 'economy'],
      ['year', '2026'],
      ['page', '3'],
    ])
    expect(pageQuery({ q: '' }, 2)).toEqual({ page: '2' })
  })

  it("keeps only a list's own filters and a valid page for its canonical address", () => {
    expect(
      ownQuery({ year: '2025', utm_source: 'mail', topic: 'economy', page: '2' }, ['topic', 'year']),
    ).toEqual({
      topic: 'economy',
      year: '2025',
      page: '2',
    })
    expect(ownQuery({ topic: ['a', 'b'], page: 'x' }, ['topic', 'year'])).toEqual({})
  })
})
