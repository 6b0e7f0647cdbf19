import type { GlobalBeforeOperationHook, GlobalConfig, TextFieldSingleValidation } from 'payload'
import { Forbidden } from 'payload'

import { isAdminField } from '@/access/isAdmin'
import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import { revalidateGlobal } from '@/collections/shared/hooks/revalidateOnChange'
import { httpUrlField } from '@/fields/safeUrl'
import { siteText, socialNetworkNames } from '@/i18n/admin/labels/site'
import { validationAnswer } from '@/i18n/admin/labels/validation'
import { STALE_AFTER_CHANGE } from '@/lib/cache/tags'

import { urgentNoticeField } from './urgentNotice'

export const SOCIAL_NETWORKS = ['facebook', 'x', 'instagram', 'telegram', 'youtube'] as const

const validateSitePath: TextFieldSingleValidation = (value, { req }) =>
  validationAnswer(
    (typeof value === 'string' && /^\/[a-z0-9\-/]*$/.test(value)) || 'sitePath',
    req.i18n.language,
  )

/** Settings shape every page: only administrators change them, except the urgent notice (see Site's access). */
const ADMINS_ONLY = { update: isAdminField }

/**
 * Restoring a version writes every field of it at once, past the fields' own access: an editor could bring back an old
 * menu or address that way, so only administrators restore.
 */
const onlyAdminsRestore: GlobalBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation === 'restoreVersion' && !overrideAccess && req.user?.role !== 'admin')
    throw new Forbidden(req.t)
  return args
}

/**
 * What every page shows around its content: the urgent notice, the ministry's name, contacts, social links and
 * navigation.
 */
export const Site: GlobalConfig = {
  slug: 'site',
  label: siteText.label,
  // A consular warning cannot wait for an administrator: editors publish the urgent notice, the rest is for
  // administrators (each field's own update access).
  access: { read: () => true, readVersions: isStaff, update: isEditor },
  hooks: { beforeOperation: [onlyAdminsRestore], afterChange: [revalidateGlobal(STALE_AFTER_CHANGE.site)] },
  versions: { drafts: true, max: 50 },
  fields: [
    urgentNoticeField,
    {
      name: 'ministryName',
      label: siteText.ministryName,
      type: 'text',
      localized: true,
      required: true,
      access: ADMINS_ONLY,
    },
    {
      type: 'group',
      name: 'contacts',
      label: siteText.contacts,
      access: ADMINS_ONLY,
      fields: [
        { name: 'address', label: siteText.address, type: 'textarea', localized: true, required: true },
        { name: 'phone', label: siteText.phone, type: 'text', required: true },
        { name: 'email', label: siteText.email, type: 'email', required: true },
        { name: 'hours', label: siteText.hours, type: 'text', localized: true },
      ],
    },
    {
      name: 'socialLinks',
      label: siteText.socialLinks,
      labels: siteText.socialLink,
      type: 'array',
      access: ADMINS_ONLY,
      fields: [
        {
          name: 'network',
          label: siteText.network,
          type: 'select',
          required: true,
          options: SOCIAL_NETWORKS.map((network) => ({ label: socialNetworkNames[network], value: network })),
        },
        { ...httpUrlField('url', siteText.socialUrl, siteText.socialUrlDescription), required: true },
      ],
    },
    {
      name: 'navigation',
      label: siteText.navigation,
      labels: siteText.navigationItem,
      type: 'array',
      access: ADMINS_ONLY,
      fields: [
        { name: 'label', label: siteText.navigationLabel, type: 'text', localized: true, required: true },
        {
          name: 'path',
          label: siteText.path,
          type: 'text',
          required: true,
          validate: validateSitePath,
          admin: { description: siteText.pathDescription },
        },
      ],
    },
  ],
}
