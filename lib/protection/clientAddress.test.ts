import { describe, expect, it } from 'vitest'

import { clientAddress } from './clientAddress'

describe('the client address', () => {
  it('is the one the nearest proxy appended, not one the client wrote before it', () => {
    const headers = new Headers({ 'x-forwarded-for': '198.51.100.9, 203.0.113.7' })
    expect(clientAddress(headers)).toBe('203.0.113.7')
  })

  it('is the same "unknown" for every request that names none', () => {
    expect(clientAddress(new Headers())).toBe('unknown')
    expect(clientAddress(new Headers({ 'x-forwarded-for': ' , ' }))).toBe('unknown')
  })
})
