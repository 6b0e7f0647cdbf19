import type {
  CollectionAfterLoginHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { publicError } from '@/collections/shared/publicError'
import { refusalMessage } from '@/i18n/admin/labels/refusals'
import { AttemptLimits, type AttemptKeys } from '@/lib/protection/attemptLimits'
import { clientAddress } from '@/lib/protection/clientAddress'

// One count per server process, or one for all instances when they share Redis (lib/protection/attemptStore.ts); made at the
// first sign-in, not when the config loads, so that a build or a migration never connects to Redis.
let counted: AttemptLimits | undefined
const limits = () => (counted ??= new AttemptLimits())

type Counted = 'login' | 'forgotPassword'

function emailOf(args: unknown): string {
  const data = typeof args === 'object' && args !== null && 'data' in args ? args.data : undefined
  const email = typeof data === 'object' && data !== null && 'email' in data ? data.email : undefined
  // As Payload reads it: "Someone@Example.com " is the same account.
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

/** Sign-ins and reset requests count separately: a forgotten password must not cost the sign-in attempts. */
function keys(operation: Counted, req: PayloadRequest, email: string): AttemptKeys {
  return { account: `${operation}:${email}`, client: `${operation}:${clientAddress(req.headers)}` }
}

/**
 * Payload has no rate limit of its own. Sign-ins and password-reset requests from outside (REST, which the admin
 * uses) are counted per e-mail address and per client address, whether or not the account exists; too many answer
 * 429 with Retry-After. Scripts and tests on the Local API are not counted.
 */
export const limitAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'login' && operation !== 'forgotPassword') || req.payloadAPI !== 'REST') return args
  const waitSeconds = await limits().attempt(keys(operation, req, emailOf(args)))
  if (waitSeconds === undefined) return args
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(waitSeconds))
  const minutes = Math.ceil(waitSeconds / 60)
  throw publicError('TooManyAttempts', refusalMessage('tooManyAttempts', req.i18n.language, minutes), 429)
}

export const forgetFailuresOnSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  if (req.payloadAPI !== 'REST') return
  await limits().succeeded(keys('login', req, String(user.email).toLowerCase()))
}

/** Unlocking an account (administrators only) lets its owner try again at once, not after the window. */
export const forgetFailuresOnUnlock: CollectionAfterOperationHook = async ({ args, operation, result }) => {
  if (String(operation) === 'unlock') {
    const email = emailOf(args)
    if (email) await limits().forgetAccount(`login:${email}`)
  }
  return result
}
