import {
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
} from 'payload'

import { fieldError } from '@/collections/shared/fieldError'
import { validationAnswer, type ValidationMessage } from '@/i18n/admin/labels/validation'
import type { User } from '@/payload-types'

export const MIN_PASSWORD_LENGTH = 12

/** Staff passwords guard unpublished texts and the ministry's voice: long, and not the address they sign in with. */
export function passwordVerdict(
  password: string,
  email: string | null | undefined,
): true | Extract<ValidationMessage, 'passwordTooShort' | 'passwordIsEmail'> {
  // Characters as people count them, so that a Kazakh letter is one, not two UTF-16 units.
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'passwordTooShort'
  const typed = password.trim().toLowerCase()
  const address = email?.trim().toLowerCase()
  if (address && (typed === address || typed === address.split('@')[0])) return 'passwordIsEmail'
  return true
}

/** Refuses the password as a field error, which the admin shows under the password field in the user's language. */
function enforce(password: unknown, email: string | null | undefined, req: PayloadRequest): void {
  // An empty or absent password changes nothing on update; Payload itself requires one on create.
  if (typeof password !== 'string' || password === '') return
  const verdict = passwordVerdict(password, email)
  if (verdict === true) return
  const message = validationAnswer(verdict, req.i18n?.language)
  if (message === true) return
  throw fieldError('users', 'password', message, req)
}

/** A new account, or a password changed under Account or by an administrator. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const email: unknown = data?.email ?? originalDoc?.email
  enforce(data?.password, typeof email === 'string' ? email : undefined, req)
  return data
}

/** A password chosen through the forgotten-password link, which Payload saves without the hooks above. */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'resetPassword') return args
  const { password, token } = (args.data ?? {}) as { password?: unknown; token?: unknown }
  const user =
    typeof token === 'string'
      ? await req.payload.db.findOne<User>({
          collection: 'users',
          req,
          where: { resetPasswordToken: { equals: token } },
        })
      : null
  enforce(password, user?.email, req)
  return args
}
