import type { CollectionConfig } from 'payload'

import { editorialCollection, languageStatusColumn } from '@/collections/shared/editorial'
import { publicationFields } from '@/collections/shared/publication/fields'
import { searchTextField } from '@/fields/searchText'
import { slugField } from '@/fields/slug'
import { sourceBeside } from '@/fields/sourceBeside'
import { titleField } from '@/fields/title'
import { documentText } from '@/i18n/admin/labels/collections'
import { summaryLabel, titleLabel, topicsLabel } from '@/i18n/admin/labels/shared'

import { documentTypeOptions } from './types'

/**
 * Official documents (orders, statements, agreements, memoranda): the facts a citation needs (type, number, date and
 * place of signing, signatory) and the text itself as a PDF in each language. Written, published per language and
 * refreshed on the site like press releases.
 */
export const Documents: CollectionConfig = editorialCollection({
  slug: 'documents',
  labels: documentText.labels,
  columns: ['documentType', 'signedAt'],
  sortBy: '-signedAt',
  fields: [
    titleField(titleLabel),
    slugField(),
    {
      type: 'row',
      fields: [
        {
          name: 'documentType',
          label: documentText.documentType,
          type: 'select',
          required: true,
          index: true,
          options: documentTypeOptions,
        },
        {
          name: 'number',
          label: documentText.number,
          type: 'text',
          maxLength: 100,
          admin: { description: documentText.numberDescription },
        },
        {
          name: 'signedAt',
          label: documentText.signedAt,
          type: 'date',
          required: true,
          // A day, not a moment: Payload's day picker stores noon UTC of the chosen day, 17:00 in Astana, where the
          // site reads it.
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'P' } },
        },
      ],
    },
    {
      name: 'place',
      label: documentText.place,
      type: 'text',
      localized: true,
      maxLength: 200,
      admin: { components: { beforeInput: sourceBeside('place') } },
    },
    {
      name: 'signatory',
      label: documentText.signatory,
      type: 'text',
      localized: true,
      maxLength: 300,
      admin: { description: documentText.signatoryDescription },
    },
    {
      name: 'summary',
      label: summaryLabel,
      type: 'textarea',
      localized: true,
      maxLength: 600,
      admin: {
        description: documentText.summaryDescription,
        components: { beforeInput: sourceBeside('summary') },
      },
    },
    {
      // Each language has its own file: the Kazakh, Russian and English texts of a document are separate PDFs.
      name: 'file',
      label: documentText.file,
      type: 'upload',
      relationTo: 'media',
      localized: true,
      required: true,
      filterOptions: { mimeType: { equals: 'application/pdf' } },
      admin: { description: documentText.fileDescription },
    },
    {
      name: 'topics',
      label: topicsLabel,
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    languageStatusColumn,
    ...publicationFields,
    searchTextField({ summary: ['summary'], body: ['number', 'signatory', 'place'], richText: [] }),
  ],
})
