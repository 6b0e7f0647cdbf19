import type { CollectionConfig } from 'payload'

import {
  editorialAccess,
  editorialHooks,
  editorialPreview,
  editorialVersions,
  languageStatusColumn,
} from '@/collections/shared/editorial'
import { publicationFields } from '@/collections/shared/publication/fields'
import { describedImagesField } from '@/fields/describedImages'
import { richTextBody } from '@/fields/richTextBody'
import { searchTextField } from '@/fields/searchText'
import { slugField } from '@/fields/slug'
import { titleField } from '@/fields/title'
import { dayAndTime } from '@/fields/dayAndTime'
import { pressReleaseText } from '@/i18n/admin/labels/collections'
import {
  bodyLabel,
  summaryDescription,
  summaryLabel,
  titleLabel,
  topicsLabel,
} from '@/i18n/admin/labels/shared'
import { STALE_AFTER_CHANGE } from '@/lib/cacheTags'

import { announcePublication, forgetAnnouncements } from './hooks/announcePublication'

const editorial = editorialHooks(STALE_AFTER_CHANGE['press-releases'])

export const PressReleases: CollectionConfig = {
  slug: 'press-releases',
  labels: pressReleaseText.labels,
  admin: {
    ...editorialPreview('press-releases'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'languages', 'reviewState', 'publishedAt', 'updatedAt'],
  },
  access: editorialAccess,
  hooks: {
    ...editorial,
    afterChange: [...(editorial?.afterChange ?? []), announcePublication],
    beforeDelete: [forgetAnnouncements],
  },
  versions: editorialVersions,
  defaultSort: '-publishedAt',
  // Lists sort by date with creation as the tie-break (Payload adds it): one index in that order lets a list page be
  // read from the index instead of sorting the whole archive.
  indexes: [{ fields: ['publishedAt', 'createdAt'] }],
  fields: [
    titleField(titleLabel),
    slugField(),
    {
      name: 'publishedAt',
      label: pressReleaseText.publishedAt,
      type: 'date',
      required: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: dayAndTime },
    },
    {
      name: 'summary',
      label: summaryLabel,
      type: 'textarea',
      localized: true,
      required: true,
      maxLength: 400,
      admin: { description: summaryDescription },
    },
    richTextBody(bodyLabel, { required: true }),
    describedImagesField('heroImage', { label: pressReleaseText.heroImage }),
    describedImagesField('gallery', { label: pressReleaseText.gallery, hasMany: true }),
    {
      name: 'topics',
      label: topicsLabel,
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'relatedReleases',
      label: pressReleaseText.relatedReleases,
      type: 'relationship',
      relationTo: 'press-releases',
      hasMany: true,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    languageStatusColumn,
    ...publicationFields,
    searchTextField({ text: ['title', 'summary'], richText: ['body'] }),
  ],
}
