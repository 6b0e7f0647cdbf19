import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { alertDispatchText } from '@/i18n/admin/labels/collections'
import { localeNames, locales } from '@/i18n/locales'

const nobody = () => false

/**
 * One per release and language that was announced to subscribers: its existence is what makes a release's first
 * publication in a language the only one that sends alerts (collections/PressReleases/hooks/announcePublication.ts),
 * and `lastSubscriber` is how far the sending got, so that a retry after a mail-server failure resumes after the last
 * subscriber sent rather than starting again (jobs/mail.ts).
 */
export const AlertDispatches: CollectionConfig = {
  slug: 'alert-dispatches',
  labels: alertDispatchText.labels,
  access: { read: isEditor, create: nobody, update: nobody, delete: nobody },
  admin: {
    defaultColumns: ['release', 'language', 'sent', 'finishedAt'],
  },
  lockDocuments: false,
  indexes: [{ fields: ['release', 'language'], unique: true }],
  fields: [
    {
      name: 'release',
      label: alertDispatchText.release,
      type: 'relationship',
      relationTo: 'press-releases',
      required: true,
    },
    {
      name: 'language',
      label: alertDispatchText.language,
      type: 'select',
      required: true,
      options: locales.map((locale) => ({ value: locale, label: localeNames[locale] })),
    },
    { name: 'lastSubscriber', label: alertDispatchText.lastSubscriber, type: 'number', defaultValue: 0 },
    { name: 'sent', label: alertDispatchText.sent, type: 'number', defaultValue: 0 },
    { name: 'finishedAt', label: alertDispatchText.finishedAt, type: 'date' },
  ],
}
