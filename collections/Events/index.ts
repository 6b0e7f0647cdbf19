import type { CollectionConfig } from 'payload'

import { editorialCollection, languageStatusColumn } from '@/collections/shared/editorial'
import { publicationFields } from '@/collections/shared/publication/fields'
import { dayAndTime } from '@/fields/dayAndTime'
import { describedImagesField } from '@/fields/describedImages'
import { richTextBody } from '@/fields/richTextBody'
import { httpUrlField } from '@/fields/safeUrl'
import { searchTextField } from '@/fields/searchText'
import { slugField } from '@/fields/slug'
import { sourceBeside } from '@/fields/sourceBeside'
import { titleField } from '@/fields/title'
import { eventText } from '@/i18n/admin/labels/collections'
import { bodyLabel, summaryLabel, topicsLabel } from '@/i18n/admin/labels/shared'

import { eventKindOptions } from './kinds'
import { validateEndsAt } from './validateEndsAt'

// Times are stored in UTC; the site shows them in Asia/Almaty.
export const Events: CollectionConfig = editorialCollection({
  slug: 'events',
  labels: eventText.labels,
  columns: ['startsAt', 'kind'],
  sortBy: 'startsAt',
  fields: [
    titleField(eventText.title),
    slugField(),
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          label: eventText.startsAt,
          type: 'date',
          required: true,
          admin: { date: dayAndTime },
        },
        {
          name: 'endsAt',
          label: eventText.endsAt,
          type: 'date',
          index: true,
          validate: validateEndsAt,
          admin: { date: dayAndTime },
        },
      ],
    },
    {
      name: 'kind',
      label: eventText.kind,
      type: 'select',
      required: true,
      options: eventKindOptions,
      admin: { position: 'sidebar' },
    },
    {
      name: 'location',
      label: eventText.location,
      type: 'text',
      localized: true,
      required: true,
      admin: { components: { beforeInput: sourceBeside('location') } },
    },
    {
      name: 'summary',
      label: summaryLabel,
      type: 'textarea',
      localized: true,
      required: true,
      maxLength: 400,
      admin: { components: { beforeInput: sourceBeside('summary') } },
    },
    richTextBody(bodyLabel, { required: false }),
    describedImagesField('images', { label: eventText.images, hasMany: true }),
    {
      name: 'topics',
      label: topicsLabel,
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    httpUrlField('registrationUrl', eventText.registrationUrl, eventText.registrationUrlDescription),
    httpUrlField('broadcastUrl', eventText.broadcastUrl, eventText.broadcastUrlDescription),
    languageStatusColumn,
    ...publicationFields,
    searchTextField({ summary: ['summary'], body: ['location'], richText: ['body'] }),
  ],
})
