import { unstable_doesMiddlewareMatch as doesProxyMatch } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'

import { locales } from './i18n/locales'
import { config } from './proxy'

const matches = (url: string) => doesProxyMatch({ config, url })

describe('the proxy runs only where a language must be chosen', () => {
  it('runs on the bare address and on paths without a language', () => {
    expect(matches('/')).toBe(true)
    expect(matches('/press-releases')).toBe(true)
    expect(matches('/press-releases/talks-in-bishkek')).toBe(true)
  })

  it.each(locales)('stays off pages under /%s', (locale) => {
    expect(matches(`/${locale}`)).toBe(false)
    expect(matches(`/${locale}/press-releases/talks-in-bishkek`)).toBe(false)
  })

  it('stays off the admin, the API and static files', () => {
    expect(matches('/admin')).toBe(false)
    expect(matches('/admin/collections/press-releases')).toBe(false)
    expect(matches('/api/press-releases')).toBe(false)
    expect(matches('/_next/static/chunks/main.js')).toBe(false)
    expect(matches('/mark.svg')).toBe(false)
  })
})
