import type { CollectionAfterErrorHook } from 'payload'

/**
 * Payload tells a locked account ("too many failed attempts") from a wrong password or an unknown address, which
 * would show anyone which e-mail addresses have accounts. All three answer alike; an administrator sees the lock in
 * the admin and may unlock it.
 */
export const hideLockedAccounts: CollectionAfterErrorHook = ({ error, req }) => {
  if (error.name !== 'LockedAuth') return
  return { status: 401, response: { errors: [{ message: req.t('error:emailOrPasswordIncorrect') }] } }
}
