import { describe, expect, it } from 'vitest'

import { AttemptLimits } from './attemptLimits'

const from = (account: string, client = '203.0.113.1') => ({ account, client })

describe('sign-in attempt limits', () => {
  it('refuse an account’s sixth attempt and say how long to wait', async () => {
    const limits = new AttemptLimits({ windowSeconds: 900 })
    for (let i = 0; i < 5; i++) expect(await limits.attempt(from('someone@example.com'))).toBeUndefined()
    const wait = await limits.attempt(from('someone@example.com', '198.51.100.2'))
    expect(wait).toBeGreaterThan(890)
    expect(wait).toBeLessThanOrEqual(900)
  })

  it('refuse a client that tries many accounts', async () => {
    const limits = new AttemptLimits({ perClient: 3 })
    for (const n of [1, 2, 3]) expect(await limits.attempt(from(`a${n}@example.com`))).toBeUndefined()
    expect(await limits.attempt(from('a4@example.com'))).toBeGreaterThan(0)
    expect(await limits.attempt(from('a4@example.com', '198.51.100.2'))).toBeUndefined()
  })

  it('forget an account’s failures once it signs in, or an administrator unlocks it', async () => {
    const limits = new AttemptLimits({ perAccount: 2 })
    await limits.attempt(from('a@example.com'))
    await limits.attempt(from('a@example.com'))
    await limits.succeeded(from('a@example.com'))
    expect(await limits.attempt(from('a@example.com'))).toBeUndefined()
    await limits.attempt(from('a@example.com'))
    expect(await limits.attempt(from('a@example.com'))).toBeGreaterThan(0)
    await limits.forgetAccount('a@example.com')
    expect(await limits.attempt(from('a@example.com', '198.51.100.3'))).toBeUndefined()
  })
})
