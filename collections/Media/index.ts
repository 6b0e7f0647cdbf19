import type { CollectionConfig } from 'payload'

import { imagesOrPublishedPdfs } from '@/access/imagesOrPublishedPdfs'
import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import { revalidateCollection } from '@/collections/shared/hooks/revalidateOnChange'
import { sourceBeside } from '@/fields/sourceBeside'
import { mediaText } from '@/i18n/admin/labels/collections'
import { STALE_AFTER_CHANGE } from '@/lib/cache/tags'
import { mediaDir } from '@/lib/config/environment'

import { ACCEPTED_MIME_TYPES, checkFileContent } from './hooks/checkFileContent'

export const Media: CollectionConfig = {
  slug: 'media',
  // Authors upload and describe images; only editors delete them, since a published page may show them.
  labels: mediaText.labels,
  access: {
    read: imagesOrPublishedPdfs,
    create: isStaff,
    update: isStaff,
    delete: isEditor,
  },
  hooks: { ...revalidateCollection(STALE_AFTER_CHANGE.media), beforeOperation: [checkFileContent] },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
  },
  upload: {
    staticDir: mediaDir(),
    // The file picker offers these; hooks/checkFileContent.ts decides by content (Payload's own check trusts a name
    // when the bytes say nothing).
    mimeTypes: ACCEPTED_MIME_TYPES,
    focalPoint: true,
    imageSizes: [
      {
        name: 'thumbnail',
        width: 480,
        height: 300,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
      {
        name: 'card',
        width: 960,
        height: 600,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
      {
        // The article photo on a phone (about 720 px wide at its pixel density), uncropped like `large`.
        name: 'medium',
        width: 800,
        withoutEnlargement: true,
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
      {
        name: 'large',
        width: 1600,
        withoutEnlargement: true,
        formatOptions: { format: 'webp', options: { quality: 82 } },
      },
    ],
    adminThumbnail: 'thumbnail',
    // Pages link to these files by name, and a replaced photo may keep its name: browsers and proxies keep them a
    // day, not for ever.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'public, max-age=86400')
      return headers
    },
  },
  fields: [
    {
      name: 'alt',
      label: mediaText.alt,
      type: 'text',
      localized: true,
      required: true,
      admin: { description: mediaText.altDescription, components: { beforeInput: sourceBeside('alt') } },
    },
    { name: 'caption', label: mediaText.caption, type: 'textarea', localized: true },
    {
      name: 'credit',
      label: mediaText.credit,
      type: 'text',
      // Said in each page's language: «Пресс-служба МИД Республики Казахстан», not the English line on every page.
      localized: true,
      admin: { description: mediaText.creditDescription },
    },
  ],
}
