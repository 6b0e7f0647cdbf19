import type { CollectionConfig } from 'payload'

import { editorialCollection, languageStatusColumn } from '@/collections/shared/editorial'
import { publicationFields } from '@/collections/shared/publication/fields'
import { dayAndTime } from '@/fields/dayAndTime'
import { describedImagesField } from '@/fields/describedImages'
import { richTextBody } from '@/fields/richTextBody'
import { searchTextField } from '@/fields/searchText'
import { slugField } from '@/fields/slug'
import { sourceBeside } from '@/fields/sourceBeside'
import { titleField } from '@/fields/title'
import { pressReleaseText } from '@/i18n/admin/labels/collections'
import {
  bodyLabel,
  summaryDescription,
  summaryLabel,
  titleLabel,
  topicsLabel,
} from '@/i18n/admin/labels/shared'

import { announcePublication, forgetAnnouncements } from './hooks/announcePublication'

export const PressReleases: CollectionConfig = editorialCollection({
  slug: 'press-releases',
  labels: pressReleaseText.labels,
  columns: ['publishedAt', 'updatedAt'],
  sortBy: '-publishedAt',
  afterChange: [announcePublication],
  beforeDelete: [forgetAnnouncements],
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
      admin: { description: summaryDescription, components: { beforeInput: sourceBeside('summary') } },
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
    searchTextField({ summary: ['summary'], body: [], richText: ['body'] }),
  ],
})
