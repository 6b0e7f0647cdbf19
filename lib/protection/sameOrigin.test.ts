import { describe, expect, it } from 'vitest'

import { fromThisSite } from './sameOrigin'

const SITE = 'https://mfa.example'
const headers = (entries: Record<string, string>) => new Headers(entries)

describe('fromThisSite', () => {
  it('takes a POST from the public origin or from the origin the request was addressed to', () => {
    expect(fromThisSite(headers({ origin: SITE, host: 'internal:3000' }), SITE)).toBe(true)
    expect(fromThisSite(headers({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }), SITE)).toBe(
      true,
    )
  })

  it('refuses another site, a forged null and a request that names no origin', () => {
    expect(fromThisSite(headers({ origin: 'https://evil.example', host: 'mfa.example' }), SITE)).toBe(false)
    expect(
      fromThisSite(headers({ origin: 'https://mfa.example.evil.example', host: 'mfa.example' }), SITE),
    ).toBe(false)
    expect(fromThisSite(headers({ origin: 'null', host: 'mfa.example' }), SITE)).toBe(false)
    expect(fromThisSite(headers({ host: 'mfa.example' }), SITE)).toBe(false)
    expect(fromThisSite(headers({ origin: 'not a url', host: 'mfa.example' }), SITE)).toBe(false)
  })
})
