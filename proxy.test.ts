import { unstable_doesMiddlewareMatch as doesProxyMatch } from 'next/experimental/testing/server'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { locales } from './i18n/locales'
import proxy, { config } from './proxy'

const matches = (
  url: string,
  request: { headers?: Record<string, string>; cookies?: Record<string, string> } = {},
) => doesProxyMatch({ config, url, ...request })

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

  it('stays off the API and static files', () => {
    expect(matches('/api/press-releases')).toBe(false)
    expect(matches('/api/press-releases', { headers: { 'accept-language': 'kk-KZ,kk;q=0.9' } })).toBe(false)
    expect(matches('/_next/static/chunks/main.js')).toBe(false)
    expect(matches('/mark.svg')).toBe(false)
  })
})

describe('the proxy chooses the admin language only until the user has', () => {
  const chosen = { cookies: { 'payload-lng': 'ru' } }

  it('runs on admin pages without the language cookie, and not with it', () => {
    expect(matches('/admin')).toBe(true)
    expect(matches('/admin/collections/press-releases')).toBe(true)
    expect(matches('/admin', chosen)).toBe(false)
    expect(matches('/admin/collections/press-releases', chosen)).toBe(false)
  })

  it('runs on the API calls of a Kazakh admin, which say exactly "kk"', () => {
    const kazakhAdmin = { headers: { 'accept-language': 'kk' } }
    expect(matches('/api/press-releases', kazakhAdmin)).toBe(true)
    expect(matches('/api/press-releases', { ...kazakhAdmin, ...chosen })).toBe(false)
  })

  it('gives a Kazakh browser the Kazakh admin, where Payload would take its second language', async () => {
    const response = await proxy(
      new NextRequest('http://localhost/admin', {
        headers: { 'accept-language': 'kk-KZ,kk;q=0.9,ru;q=0.8' },
      }),
    )
    expect(response.headers.get('x-middleware-request-cookie')).toBe('payload-lng=kk')
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
