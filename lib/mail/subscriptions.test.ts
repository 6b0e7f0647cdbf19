import { describe, expect, it } from 'vitest'

import { memoryStore } from '@/lib/protection/attemptStore'

import { normaliseEmail, readSubscribeForm, SUBSCRIBE_PER_ADDRESS, SubscribeLimit } from './subscriptions'

describe('the subscription form', () => {
  it('takes an address, a language and an optional topic', () => {
    const form = (fields: Record<string, string>) => readSubscribeForm(new URLSearchParams(fields))
    expect(form({ email: ' Reader@Example.KZ ', language: 'kk', topic: '' })).toEqual({
      email: 'reader@example.kz',
      language: 'kk',
      topic: null,
    })
    expect(form({ email: 'a@b.kz', language: 'ru', topic: '12' })).toEqual({
      email: 'a@b.kz',
      language: 'ru',
      topic: 12,
    })
    expect(form({ email: 'a@b.kz', language: 'de', topic: '' })).toBeNull()
    expect(form({ email: 'a@b.kz', language: 'en', topic: '1; DROP' })).toBeNull()
    expect(form({ email: 'a@b.kz', language: 'en', topic: '-3' })).toBeNull()
    expect(form({ language: 'en' })).toBeNull()
  })

  it('refuses what is no address', () => {
    for (const bad of [
      '',
      'reader',
      'reader@',
      '@example.kz',
      'a b@c.kz',
      'a@b',
      `${'x'.repeat(250)}@b.kz`,
    ]) {
      expect(normaliseEmail(bad), bad).toBeNull()
    }
    expect(normaliseEmail('ә@мысал.қаз')).toBe('ә@мысал.қаз')
  })

  it('limits confirmation messages per address, whatever the client', async () => {
    const limit = new SubscribeLimit({ store: memoryStore })
    for (let i = 0; i < SUBSCRIBE_PER_ADDRESS; i++) {
      expect(await limit.attempt(`10.0.0.${i}`, 'target@example.kz')).toBeUndefined()
    }
    expect(await limit.attempt('10.0.0.99', 'target@example.kz')).toBeGreaterThan(0)
    expect(await limit.attempt('10.0.0.99', 'other@example.kz')).toBeUndefined()
  })
})
