import { describe, expect, it } from 'vitest'

import {
  CONFIRMATION_VALID_HOURS,
  confirmationToken,
  readConfirmationToken,
  readUnsubscribeToken,
  unsubscribeToken,
} from './subscriptionTokens'

const secret = 'a test secret'
const request = { email: 'reader@example.kz', language: 'kk' as const, topic: 7 }

describe('subscription links', () => {
  it('carry the request they were made for, until they expire', () => {
    const now = Date.UTC(2026, 10, 27)
    const token = confirmationToken(request, secret, now)
    expect(readConfirmationToken(token, secret, now + 1000)).toEqual(request)
    const late = now + CONFIRMATION_VALID_HOURS * 3600 * 1000 + 1
    expect(readConfirmationToken(token, secret, late)).toBe('expired')
  })

  it('refuse a changed, forged or foreign token', () => {
    const token = confirmationToken(request, secret)
    const [, signature] = token.split('.')
    const forged = `${Buffer.from(JSON.stringify({ ...request, purpose: 'confirm', expires: 9e15 })).toString('base64url')}.${signature}`
    expect(readConfirmationToken(forged, secret)).toBe('invalid')
    expect(readConfirmationToken(token, 'another secret')).toBe('invalid')
    expect(readConfirmationToken('garbage', secret)).toBe('invalid')
    expect(readConfirmationToken(`${token}.x`, secret)).toBe('invalid')
  })

  it('keep confirming and unsubscribing apart', () => {
    const leave = unsubscribeToken(42, secret)
    expect(readUnsubscribeToken(leave, secret)).toBe(42)
    expect(readConfirmationToken(leave, secret)).toBe('invalid')
    expect(readUnsubscribeToken(confirmationToken(request, secret), secret)).toBeNull()
    expect(readUnsubscribeToken(leave, 'another secret')).toBeNull()
  })
})
