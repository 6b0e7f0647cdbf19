import { describe, expect, it } from 'vitest'

import { getPathname } from './navigation'

describe('the address of a page in a language', () => {
  it('puts the language first, and is the bare language for the home page', () => {
    expect(getPathname({ href: '/', locale: 'kk' })).toBe('/kk')
    expect(getPathname({ href: '/press-releases/talks-in-bishkek', locale: 'ru' })).toBe(
      '/ru/press-releases/talks-in-bishkek',
    )
  })

  it('writes the query, encoded, and nothing for an empty one', () => {
    expect(
      getPathname({
        href: { pathname: '/press-releases', query: { topic: 'визы', page: '2' } },
        locale: 'en',
      }),
    ).toBe('/en/press-releases?topic=%D0%B2%D0%B8%D0%B7%D1%8B&page=2')
    expect(getPathname({ href: { pathname: '/events', query: {} }, locale: 'kk' })).toBe('/kk/events')
  })
})
