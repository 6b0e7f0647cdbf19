import type { CollectionConfig } from 'payload'

import { formerSlugText } from '@/i18n/admin/labels/collections'
import { EDITORIAL_COLLECTIONS } from '@/lib/pages/paths'

const nobody = () => false

/**
 * An address a release, event or document had before an editor corrected its slug: shared and indexed there, it
 * keeps leading to the text, by a permanent redirect (lib/reads/formerSlugs.ts). Written by the texts' own hooks
 * (collections/shared/hooks/keepFormerSlugs.ts) and read by the site's code only.
 */
export const FormerSlugs: CollectionConfig = {
  slug: 'former-slugs',
  labels: formerSlugText.labels,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  lockDocuments: false,
  // An address leads to one text of a collection at a time: the one that left it last.
  indexes: [{ fields: ['collectionSlug', 'slug'], unique: true }],
  fields: [
    {
      name: 'collectionSlug',
      label: formerSlugText.collection,
      type: 'select',
      required: true,
      options: [...EDITORIAL_COLLECTIONS],
    },
    { name: 'documentId', label: formerSlugText.document, type: 'number', required: true, index: true },
    { name: 'slug', label: formerSlugText.slug, type: 'text', required: true },
  ],
}
