import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Payload hashes the password of a sign-in only for an account that exists and is not locked (600,000 rounds of
 * PBKDF2-SHA256 for its current hashes): an unknown address or a locked account was refused in a few milliseconds, a
 * wrong password in hundreds, and the difference told anyone timing the answers which addresses have accounts. For
 * those two, the same hashing is done here, on a password and salt nobody has, before Payload refuses the sign-in.
 */
export const hashForUnknownAccounts: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login' || req.payloadAPI !== 'REST') return args
  const data: unknown = 'data' in args ? args.data : undefined
  const email = data && typeof data === 'object' && 'email' in data ? data.email : undefined
  const password = data && typeof data === 'object' && 'password' in data ? data.password : undefined
  if (typeof email !== 'string' || typeof password !== 'string') return args
  const account = await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
    collection: collection.slug,
    // As Payload looks the account up: "Someone@Example.com " is the same one.
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  const locked = Boolean(account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now())
  if (!account || locked) await hashLikePayload(password)
  return args
}

const derive = promisify(pbkdf2)

/** As Payload 3.90 checks a current password hash (auth/strategies/local/generatePasswordSaltHash.js). */
async function hashLikePayload(password: string): Promise<void> {
  await derive(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
}
