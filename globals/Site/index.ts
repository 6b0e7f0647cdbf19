import type { GlobalConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { revalidateGlobal } from '@/collections/shared/hooks/revalidate'
import { httpUrlField } from '@/fields/safeUrl'
import { STALE_AFTER_CHANGE } from '@/lib/cacheTags'

export const SOCIAL_NETWORKS = ['facebook', 'x', 'instagram', 'telegram', 'youtube'] as const

function validateSitePath(value: unknown): true | string {
  return typeof value === 'string' && /^\/[a-z0-9\-/]*$/.test(value)
    ? true
    : 'A path on this site without the language, e.g. "/press-releases".'
}

/** What every page shows around its content: the ministry's name, contacts, social links and navigation. */
export const Site: GlobalConfig = {
  slug: 'site',
  // Settings shape every page: only administrators change them.
  access: { read: () => true, readVersions: isStaff, update: isAdmin },
  hooks: { afterChange: [revalidateGlobal(STALE_AFTER_CHANGE.site)] },
  versions: { drafts: true, max: 50 },
  fields: [
    { name: 'ministryName', type: 'text', localized: true, required: true },
    {
      type: 'group',
      name: 'contacts',
      fields: [
        { name: 'address', type: 'textarea', localized: true, required: true },
        { name: 'phone', type: 'text', required: true },
        { name: 'email', type: 'email', required: true },
        { name: 'hours', type: 'text', localized: true },
      ],
    },
    {
      name: 'socialLinks',
      type: 'array',
      fields: [
        {
          name: 'network',
          type: 'select',
          required: true,
          options: SOCIAL_NETWORKS.map((network) => ({ label: network, value: network })),
        },
        { ...httpUrlField('url', 'The full address of the ministry’s page.'), required: true },
      ],
    },
    {
      name: 'navigation',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', localized: true, required: true },
        { name: 'path', type: 'text', required: true, validate: validateSitePath },
      ],
    },
  ],
}
