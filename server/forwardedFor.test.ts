import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { forwardedFor, parseTrustedProxies, settleForwardedFor } from './forwardedFor.mjs'

describe('which X-Forwarded-For reaches the app', () => {
  const nginxOnThisMachine = parseTrustedProxies('127.0.0.1')

  it('is the one a trusted load balancer sent, with the address it appended last', () => {
    expect(forwardedFor('198.51.100.9, 203.0.113.7', '127.0.0.1', nginxOnThisMachine)).toBe(
      '198.51.100.9, 203.0.113.7',
    )
    expect(forwardedFor('203.0.113.7', '::ffff:127.0.0.1', nginxOnThisMachine)).toBe('203.0.113.7')
  })

  it('is the connection’s own address when the header comes from anyone else', () => {
    expect(forwardedFor('203.0.113.7', '198.51.100.20', nginxOnThisMachine)).toBe('198.51.100.20')
    expect(forwardedFor(undefined, '198.51.100.20', nginxOnThisMachine)).toBe('198.51.100.20')
  })

  it('is the connection’s own address whoever connects, unless TRUSTED_PROXIES names someone', () => {
    const nobody = parseTrustedProxies(undefined)
    expect(nobody).toBeNull()
    expect(forwardedFor('203.0.113.7', '127.0.0.1', nobody)).toBe('127.0.0.1')
    expect(forwardedFor('203.0.113.7', '127.0.0.1', parseTrustedProxies(' , '))).toBe('127.0.0.1')
  })

  it('trusts subnets and IPv6 addresses as listed', () => {
    const trusted = parseTrustedProxies('10.0.0.0/24, 2001:db8::1')
    expect(forwardedFor('203.0.113.7', '10.0.0.17', trusted)).toBe('203.0.113.7')
    expect(forwardedFor('203.0.113.7', '10.0.1.17', trusted)).toBe('10.0.1.17')
    expect(forwardedFor('203.0.113.7', '2001:db8::1', trusted)).toBe('203.0.113.7')
  })

  it('refuses a list it cannot read, naming the entry', () => {
    expect(() => parseTrustedProxies('127.0.0.1, nginx.internal')).toThrow(/"nginx\.internal"/)
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/"10\.0\.0\.0\/33"/)
  })
})

describe('a server settling X-Forwarded-For from its connections', () => {
  let server: Server | undefined
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

  /** What the app would read, for a request from `from` that claims to come from 203.0.113.7. */
  async function seenFrom(from: '127.0.0.1' | '::1', trusted: string): Promise<string> {
    const list = parseTrustedProxies(trusted)
    server = createServer((request, response) => {
      settleForwardedFor(request, list)
      response.end(request.headers['x-forwarded-for'])
    })
    // Both stacks, so that the test can connect from two different addresses of this machine.
    await new Promise<void>((resolve) => server!.listen(0, '::', resolve))
    const { port } = server.address() as AddressInfo
    const host = from === '::1' ? '[::1]' : from
    const response = await fetch(`http://${host}:${port}/`, { headers: { 'X-Forwarded-For': '203.0.113.7' } })
    return response.text()
  }

  it('passes the header on from the trusted proxy and replaces it from anyone else', async () => {
    expect(await seenFrom('127.0.0.1', '127.0.0.1')).toBe('203.0.113.7')
    expect(await seenFrom('::1', '127.0.0.1')).toBe('::1')
  })
})
