import type { TextareaField } from 'payload'

import { foldForSearch, richTextToPlain } from '@/lib/search/foldText'

interface Sources {
  text: string[]
  richText: string[]
}

/**
 * The document's words in one language, case-folded for search (see lib/search/foldText.ts), kept up to date on every
 * save. Hidden: editors never see or edit it.
 */
export const searchTextField = ({ text, richText }: Sources): TextareaField => ({
  name: 'searchText',
  type: 'textarea',
  localized: true,
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  hooks: {
    beforeChange: [
      ({ siblingData, originalDoc }) => {
        // A partial update (one field) still indexes the whole text of the language being saved.
        const saved = (originalDoc ?? {}) as Record<string, unknown>
        const value = (name: string): unknown => siblingData[name] ?? saved[name]
        const parts = [
          ...text.map((name) => value(name)).filter((part): part is string => typeof part === 'string'),
          ...richText.map((name) => richTextToPlain(value(name))),
        ]
        return foldForSearch(parts.join(' '))
      },
    ],
  },
})
