import type { GlobalConfig, TextFieldSingleValidation } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { revalidateGlobal } from '@/collections/shared/hooks/revalidate'
import { httpUrlField } from '@/fields/safeUrl'
import { STALE_AFTER_CHANGE } from '@/lib/cacheTags'
import { siteText, socialNetworkNames } from '@/i18n/admin/labels/site'
import { validationAnswer } from '@/i18n/admin/labels/validation'

export const SOCIAL_NETWORKS = ['facebook', 'x', 'instagram', 'telegram', 'youtube'] as const

const validateSitePath: TextFieldSingleValidation = (value, { req }) =>
  validationAnswer(
    (typeof value === 'string' && /^\/[a-z0-9\-/]*$/.test(value)) || 'sitePath',
    req.i18n.language,
  )

/** What every page shows around its content: the ministry's name, contacts, social links and navigation. */
export const Site: GlobalConfig = {
  slug: 'site',
  label: siteText.label,
  // Settings shape every page: only administrators change them.
  access: { read: () => true, readVersions: isStaff, update: isAdmin },
  hooks: { afterChange: [revalidateGlobal(STALE_AFTER_CHANGE.site)] },
  versions: { drafts: true, max: 50 },
  fields: [
    { name: 'ministryName', label: siteText.ministryName, type: 'text', localized: true, required: true },
    {
      type: 'group',
      name: 'contacts',
      label: siteText.contacts,
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
