import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/** Payload's endpoint behind the admin's "create first user" form, under the API route. */
const FIRST_REGISTER = /\/first-register\/?$/

/**
 * Whether an account is being made by the admin's "create first user" form, which Payload offers only while there is
 * no account at all, and saves with access control off. Anyone else who creates an account is signed in (only an
 * administrator may) or is code calling the Local API, which chooses its roles itself.
 */
export function isFirstRegistration(request: {
  operation: string
  pathname: string | undefined
  signedIn: boolean
}): boolean {
  return request.operation === 'create' && !request.signedIn && FIRST_REGISTER.test(request.pathname ?? '')
}

/**
 * On a fresh database the first account is an administrator, whatever role the form showed (its default is
 * author): otherwise nobody could add staff or change a role, and the site could not be managed at all.
 */
export const firstAccountIsAdministrator: CollectionBeforeChangeHook<User> = ({ data, operation, req }) =>
  isFirstRegistration({ operation, pathname: req.pathname, signedIn: Boolean(req.user) })
    ? { ...data, role: 'admin' }
    : data
