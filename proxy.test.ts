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

  it('runs on paths that only look like a language, or hold a file name below the root', () => {
    for (const path of ['/ru_RU/events', '/english', '/kkk', '/xx/share-image.png', '/documents/feed.xml'])
      expect(matches(path), path).toBe(true)
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
    expect(matches('/sitemap.xml')).toBe(false)
    expect(matches('/sitemaps/press-releases-2026.xml')).toBe(false)
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

  it.each(['/_next/static/chunks/%E0%A4%A', '/_next/static/%ZZ.js', '/_next/static/chunks/%C3'])(
    'is answered 400 under /_next/ too: %s',
    async (path) => {
      expect(matches(path)).toBe(true)
      expect((await proxy(new NextRequest(`http://localhost${path}`))).status).toBe(400)
    },
  )
})

describe('Next.js’s own files', () => {
  // What `next dev` asks for: Turbopack escapes the brackets and spaces of its development chunks' names.
  const turbopackChunks = [
    '/_next/static/chunks/%5Bturbopack%5D_browser_dev_hmr-client_hmr-client_ts_0f1b2c3d._.js',
    '/_next/static/chunks/%5Broot-of-the-server%5D__4a5b6c7d._.css',
    '/_next/static/chunks/node_modules_%40payloadcms_ui_dist_8e9f._.js',
    '/_next/static/chunks/app_%28payload%29_admin_%5B%5B...segments%5D%5D_page_tsx_1a2b._.js',
  ]

  it.each(turbopackChunks)('are left alone when every escape is ASCII: %s', (path) => {
    expect(matches(path)).toBe(false)
  })

  it('never take a language, even when the proxy sees them for a non-ASCII escape', async () => {
    const path = '/_next/static/media/%D0%B0.woff2'
    expect(matches(path)).toBe(true)
    const response = await proxy(new NextRequest(`http://localhost${path}`))
    expect(response.status).toBe(200)
    expect(response.headers.get('location')).toBeNull()
    expect(response.headers.get('x-middleware-next')).toBe('1')
  })

  it('still leave the percent rule to public paths that merely mention _next', () => {
    expect(matches('/kk/search/_next/%5B')).toBe(true)
    expect(matches('/press-releases/%5Bturbopack%5D')).toBe(true)
  })
})
