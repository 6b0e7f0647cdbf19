import { unstable_getResponseFromNextConfig as responseFromConfig } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'

import { nextConfig } from '../next.config.mjs'

async function headersOf(path: string): Promise<Headers> {
  return (await responseFromConfig({ url: `http://localhost${path}`, nextConfig })).headers
}

describe('the security headers', () => {
  it.each([
    '/ru',
    '/kk/press-releases/talks',
    '/api/press-releases',
    '/admin',
    '/favicon.svg',
    '/_next/static/x.js',
  ])('are on %s', async (path) => {
    const headers = await headersOf(path)
    const policy = headers.get('content-security-policy') ?? ''
    for (const directive of [
      "frame-ancestors 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "default-src 'self'",
    ])
      expect(policy).toContain(directive)
    // Scripts may never be built from strings, nor written into a page (server/start.mjs admits a page's own by hash).
    expect(policy).not.toContain('unsafe-eval')
    expect(/script-src ([^;]*)/.exec(policy)?.[1]).toBe("'self'")
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(headers.get('permissions-policy')).toContain('camera=()')
    expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d{8}/)
  })

  it('do not announce the framework', () => {
    expect(nextConfig.poweredByHeader).toBe(false)
  })
})
