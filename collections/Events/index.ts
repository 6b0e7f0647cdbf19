import type { CollectionConfig } from 'payload'

import {
  editorialAccess,
  editorialHooks,
  editorialPreview,
  editorialVersions,
  languageStatusColumn,
} from '@/collections/shared/editorial'
import { describedImagesField } from '@/fields/describedImages'
import { httpUrlField } from '@/fields/safeUrl'
import { searchTextField } from '@/fields/searchText'
import { slugField } from '@/fields/slug'
import { STALE_AFTER_CHANGE } from '@/lib/cacheTags'

import { eventKindOptions } from './kinds'
import { validateEndsAt } from './validateEndsAt'

// Times are stored in UTC; the site shows them in Asia/Almaty.
export const Events: CollectionConfig = {
  slug: 'events',
  admin: {
    ...editorialPreview('events'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'languages', 'startsAt', 'kind'],
  },
  access: editorialAccess,
  hooks: editorialHooks(STALE_AFTER_CHANGE.events),
  versions: editorialVersions,
  defaultSort: 'startsAt',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField(),
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          index: true,
          validate: validateEndsAt,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: eventKindOptions,
      admin: { position: 'sidebar' },
    },
    { name: 'location', type: 'text', localized: true, required: true },
    { name: 'summary', type: 'textarea', localized: true, required: true, maxLength: 400 },
    { name: 'body', type: 'richText', localized: true },
    describedImagesField('images', { hasMany: true }),
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    httpUrlField('registrationUrl', 'Where visitors register, if they must.'),
    httpUrlField('broadcastUrl', 'Where the event is streamed live, if it is.'),
    languageStatusColumn,
    searchTextField({ text: ['title', 'summary', 'location'], richText: ['body'] }),
  ],
}
