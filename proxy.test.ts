import { unstable_doesMiddlewareMatch as doesProxyMatch } from 'next/experimental/testing/server'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { locales } from './i18n/locales'
import proxy, { config } from './proxy'

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

describe('a broken address', () => {
  it('is answered 400 in three languages, not left to fail in routing', async () => {
    expect(matches('/kk/events/%E0%A4%A')).toBe(true)
    const response = await proxy(new NextRequest('http://localhost/kk/events/%E0%A4%A'))
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/Қате сұрау[\s\S]*Неверный запрос[\s\S]*Bad request/)
  })
})
