import { describe, expect, it } from 'vitest'

import { parsePage, visiblePages } from './pagination'

describe('the page number of a list', () => {
  it('is 1 when absent and refuses anything but a plain positive integer', () => {
    expect(parsePage(undefined)).toBe(1)
    expect(parsePage('7')).toBe(7)
    for (const bad of ['0', '-1', '1.5', '1e3', 'abc', '', '01', '9999999'])
      expect(parsePage(bad), bad).toBeNull()
    expect(parsePage(['1', '2'])).toBeNull()
  })
})

describe('the pages a list links to', () => {
  it('are all of them for a short list', () => {
    expect(visiblePages(1, 5)).toEqual([1, 2, 3, 4, 5])
    expect(visiblePages(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it('are the ends and the neighbourhood of the current page in a long archive', () => {
    expect(visiblePages(1, 1113)).toEqual([1, 2, 3, 'gap', 1113])
    expect(visiblePages(500, 1113)).toEqual([1, 'gap', 498, 499, 500, 501, 502, 'gap', 1113])
    expect(visiblePages(1113, 1113)).toEqual([1, 'gap', 1111, 1112, 1113])
  })

  it('show a single left-out number instead of a gap', () => {
    expect(visiblePages(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10])
  })
})
