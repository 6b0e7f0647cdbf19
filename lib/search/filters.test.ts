import { describe, expect, it } from 'vitest'

import { filtersQuery, searchFilters } from './filters'

describe('search filters in the address', () => {
  it('read kind, year and order', () => {
    expect(searchFilters({ kind: 'event', year: '2025', order: 'newest' })).toEqual({
      kind: 'event',
      year: 2025,
      order: 'newest',
    })
    expect(searchFilters({})).toEqual({ kind: null, year: null, order: 'relevance' })
  })

  it('ignore values they do not know rather than fail', () => {
    expect(searchFilters({ kind: 'users', year: '20x5', order: 'oldest' })).toEqual({
      kind: null,
      year: null,
      order: 'relevance',
    })
    expect(searchFilters({ kind: ['event', 'document'], year: '99999' })).toEqual({
      kind: null,
      year: null,
      order: 'relevance',
    })
  })

  it('write back only the filters that are set', () => {
    expect(filtersQuery('визит', { kind: null, year: 2026, order: 'relevance' })).toEqual({
      q: 'визит',
      kind: undefined,
      year: '2026',
      order: undefined,
    })
  })
})
