import type { CollectionConfig } from 'payload'

import {
  editorialAccess,
  editorialHooks,
  editorialPreview,
  editorialVersions,
  languageStatusColumn,
} from '@/collections/shared/editorial'
import { describedImagesField } from '@/fields/describedImages'
import { searchTextField } from '@/fields/searchText'
import { slugField } from '@/fields/slug'
import { STALE_AFTER_CHANGE } from '@/lib/cacheTags'

export const PressReleases: CollectionConfig = {
  slug: 'press-releases',
  admin: {
    ...editorialPreview('press-releases'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'languages', 'publishedAt', 'updatedAt'],
  },
  access: editorialAccess,
  hooks: editorialHooks(STALE_AFTER_CHANGE['press-releases']),
  versions: editorialVersions,
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField(),
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      required: true,
      maxLength: 400,
      admin: { description: 'One or two sentences shown in lists, search results and shared links.' },
    },
    { name: 'body', type: 'richText', localized: true, required: true },
    describedImagesField('heroImage'),
    describedImagesField('gallery', { hasMany: true }),
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'relatedReleases',
      type: 'relationship',
      relationTo: 'press-releases',
      hasMany: true,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    languageStatusColumn,
    searchTextField({ text: ['title', 'summary'], richText: ['body'] }),
  ],
}
