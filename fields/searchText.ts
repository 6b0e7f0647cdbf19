import type { TextareaField } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { richTextToPlain } from '@/lib/search/foldText'
import { searchTextOf } from '@/lib/search/searchText'

interface Sources {
  summary: string[]
  /** Plain fields searched as the body is: the place, a document's number and signatory. */
  body: string[]
  richText: string[]
}

/**
 * The document's words in one language as search finds them (lib/search/searchText.ts), kept up to date on every
 * save. Hidden: editors never see or edit it.
 */
export const searchTextField = ({ summary, body, richText }: Sources): TextareaField => ({
  name: 'searchText',
  type: 'textarea',
  localized: true,
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  hooks: {
    beforeChange: [
      ({ siblingData, originalDoc, req }) => {
        // A partial update (one field) still indexes the whole text of the language being saved.
        const saved = (originalDoc ?? {}) as Record<string, unknown>
        const value = (name: string): unknown => siblingData[name] ?? saved[name]
        const plain = (names: string[]) =>
          names
            .map((name) => value(name))
            .filter((part): part is string => typeof part === 'string')
            .join(' ')
        return searchTextOf(isLocale(req.locale) ? req.locale : defaultLocale, {
          title: plain(['title']),
          summary: plain(summary),
          body: [plain(body), ...richText.map((name) => richTextToPlain(value(name)))].join(' '),
        })
      },
    ],
  },
})
