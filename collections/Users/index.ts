import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { ROLES } from '@/access/roles'
import { userText } from '@/i18n/admin/labels/collections'
import { siteUrl } from '@/lib/config/environment'

import { firstAccountIsAdministrator } from './hooks/firstAccountIsAdministrator'
import { hashForUnknownAccounts } from './hooks/hashForUnknownAccounts'
import { hideLockedAccounts } from './hooks/hideLockedAccounts'
import { forgetFailuresOnSignIn, forgetFailuresOnUnlock, limitAttempts } from './hooks/limitAttempts'
import { queueResetMail, queueResetMailInstead } from './hooks/queueResetMail'
import { enforcePasswordPolicy, enforcePasswordPolicyOnReset } from './passwordPolicy'

/** Fifteen minutes, as the per-account limit of lib/protection/attemptLimits.ts. */
const LOCK_TIME_MS = 15 * 60 * 1000

export const Users: CollectionConfig = {
  slug: 'users',
  labels: userText.labels,
  auth: {
    // The fifth failed sign-in locks the account for a quarter of an hour, unless an administrator unlocks it.
    maxLoginAttempts: 5,
    lockTime: LOCK_TIME_MS,
    cookies: {
      // HttpOnly always (Payload). Secure wherever the site is served over https, so the session never travels in
      // clear; a plain-http SITE_URL (local demo, tests) could not set a Secure cookie at all. Lax: a link from an
      // e-mail opens the admin signed in, while other sites' forms and scripts get no cookie.
      secure: new URL(siteUrl()).protocol === 'https:',
      sameSite: 'Lax',
    },
  },
  hooks: {
    beforeOperation: [
      limitAttempts,
      hashForUnknownAccounts,
      enforcePasswordPolicyOnReset,
      queueResetMailInstead,
    ],
    beforeValidate: [enforcePasswordPolicy],
    beforeChange: [firstAccountIsAdministrator],
    afterLogin: [forgetFailuresOnSignIn],
    afterOperation: [forgetFailuresOnUnlock, queueResetMail],
    afterError: [hideLockedAccounts],
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
  },
  // Only administrators create, delete, promote or unlock accounts (Payload lets any signed-in user unlock by
  // default). Staff see their colleagues' names, which the admin shows on locked documents and versions, and may
  // change their own name and password, never their role.
  access: {
    read: isStaff,
    create: isAdmin,
    update: ({ req }) =>
      req.user?.role === 'admin' ? true : req.user ? { id: { equals: req.user.id } } : false,
    delete: isAdmin,
    unlock: isAdmin,
  },
  fields: [
    { name: 'name', label: userText.name, type: 'text', required: true },
    {
      name: 'role',
      label: userText.role,
      type: 'select',
      required: true,
      defaultValue: 'author',
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      // Not on the "create first user" form, the only one shown to nobody signed in: that account is an administrator
      // whatever it says (hooks/firstAccountIsAdministrator.ts), and the form would otherwise offer "Author".
      admin: { condition: (_data, _siblingData, { user }) => Boolean(user) },
      options: ROLES.map((role) => ({ label: userText.roles[role], value: role })),
    },
  ],
}
