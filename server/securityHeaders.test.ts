import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants'
import { unstable_getResponseFromNextConfig as responseFromConfig } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'

import configFor, { nextConfig } from '../next.config.mjs'

async function headersOf(path: string, config = nextConfig): Promise<Headers> {
  return (await responseFromConfig({ url: `http://localhost${path}`, nextConfig: config })).headers
}

const policyOf = async (phase: string, path = '/ru') =>
  (await headersOf(path, configFor(phase))).get('content-security-policy') ?? ''

/** The production policy as it stands; a change to it should be a decision, made here too. */
const PRODUCTION_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

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

describe('the policy of each phase', () => {
  it.each([PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER])(
    'is as strict as ever in %s, which `npm start` serves',
    async (phase) => {
      expect(await policyOf(phase)).toBe(PRODUCTION_POLICY)
      expect(await policyOf(phase, '/admin')).toBe(PRODUCTION_POLICY)
    },
  )

  it('admits inline and evaluated scripts under `next dev`, for hot reload, and changes nothing else', async () => {
    const directives = (policy: string) => policy.split('; ')
    const development = directives(await policyOf(PHASE_DEVELOPMENT_SERVER))
    const production = directives(PRODUCTION_POLICY)
    expect(development).toHaveLength(production.length)
    const changed = development.filter((directive, index) => directive !== production[index])
    expect(changed).toEqual(["script-src 'self' 'unsafe-inline' 'unsafe-eval'"])
    expect(await policyOf(PHASE_DEVELOPMENT_SERVER, '/admin')).toBe(development.join('; '))
  })

  it('keeps the other headers the same under `next dev`', async () => {
    const others = (headers: Headers) => [...headers].filter(([name]) => name !== 'content-security-policy')
    expect(others(await headersOf('/admin', configFor(PHASE_DEVELOPMENT_SERVER)))).toEqual(
      others(await headersOf('/admin')),
    )
  })
})
