import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { subscriberText } from '@/i18n/admin/labels/collections'
import { localeNames, locales } from '@/i18n/locales'

const nobody = () => false

/**
 * Confirmed e-mail subscriptions to press releases: one per address, language and topic (none: every release).
 * Only the site's own routes write here, and only when a visitor follows the link mailed to the address
 * (lib/mail/subscriptions.ts): an address that was never confirmed is never stored. Editors read the list and may delete a
 * subscription; nobody edits one.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: subscriberText.labels,
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'language', 'topic', 'confirmedAt'],
    description: subscriberText.description,
  },
  lockDocuments: false,
  fields: [
    { name: 'email', label: subscriberText.email, type: 'email', required: true, index: true },
    {
      name: 'language',
      label: subscriberText.language,
      type: 'select',
      required: true,
      index: true,
      options: locales.map((locale) => ({ value: locale, label: localeNames[locale] })),
    },
    {
      name: 'topic',
      label: subscriberText.topic,
      type: 'relationship',
      relationTo: 'topics',
      index: true,
      admin: { description: subscriberText.topicDescription },
    },
    { name: 'confirmedAt', label: subscriberText.confirmedAt, type: 'date', required: true },
  ],
}
