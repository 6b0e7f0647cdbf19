import { createHmac, timingSafeEqual } from 'node:crypto'

import { isLocale, type Locale } from '@/i18n/locales'

/** How long a confirmation link works: long enough for a weekend, short enough that an old mail is no key. */
export const CONFIRMATION_VALID_HOURS = 72

/** What a confirmation link asks for: the record is created only when it is followed, so nothing unconfirmed is kept. */
export interface SubscriptionRequest {
  email: string
  language: Locale
  /** A topic's id, or null for every release in the language. */
  topic: number | null
}

type Claims =
  | { purpose: 'confirm'; email: string; language: Locale; topic: number | null; expires: number }
  | { purpose: 'unsubscribe'; subscriber: number }

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url')

// A key of its own, derived from the Payload secret, so that a token can never pass for a session or another signature.
const keyOf = (secret: string) => createHmac('sha256', secret).update('mfa e-mail subscriptions').digest()

function sign(claims: Claims, secret: string): string {
  const body = encode(JSON.stringify(claims))
  const signature = createHmac('sha256', keyOf(secret)).update(body).digest('base64url')
  return `${body}.${signature}`
}

function verify(token: string, secret: string): Claims | null {
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return null
  const expected = createHmac('sha256', keyOf(secret)).update(body).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims
  } catch {
    return null
  }
}

export function confirmationToken(request: SubscriptionRequest, secret: string, now = Date.now()): string {
  const expires = now + CONFIRMATION_VALID_HOURS * 3600 * 1000
  return sign({ purpose: 'confirm', ...request, expires }, secret)
}

/** The request a confirmation link carries, or why it cannot be followed. */
export function readConfirmationToken(
  token: string,
  secret: string,
  now = Date.now(),
): SubscriptionRequest | 'invalid' | 'expired' {
  const claims = verify(token, secret)
  if (claims?.purpose !== 'confirm' || !isLocale(claims.language) || typeof claims.email !== 'string') {
    return 'invalid'
  }
  if (!(claims.expires > now)) return 'expired'
  return { email: claims.email, language: claims.language, topic: claims.topic ?? null }
}

/** The link in every alert: it never expires, as an old alert must still let its reader leave. */
export function unsubscribeToken(subscriber: number, secret: string): string {
  return sign({ purpose: 'unsubscribe', subscriber }, secret)
}

export function readUnsubscribeToken(token: string, secret: string): number | null {
  const claims = verify(token, secret)
  return claims?.purpose === 'unsubscribe' && Number.isInteger(claims.subscriber) ? claims.subscriber : null
}
