import type { PaginatedDocs, Where } from 'payload'

import type { DocumentType } from '@/collections/Documents/types'
import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { payloadClient } from '@/lib/config/payloadClient'
import { almatyYearRange } from '@/lib/format/dates'
import type { Document } from '@/payload-types'

import { asVisitorIn, listedIn, yearsSpanned } from './asVisitor'

export const DOCUMENTS_PER_PAGE = 10

/** What a line of the list shows: no file, no topics. */
export const DOCUMENT_LIST_FIELDS = {
  slug: true,
  title: true,
  summary: true,
  documentType: true,
  number: true,
  signedAt: true,
} as const
export type DocumentListData = Pick<Document, 'id' | keyof typeof DOCUMENT_LIST_FIELDS>

export interface DocumentFilters {
  page: number
  type?: DocumentType
  year?: number
}

export const documentsPage = cachedRead(
  'documentsPage',
  [CACHE_TAGS.documents],
  async (locale: Locale, { page, type, year }: DocumentFilters): Promise<PaginatedDocs<DocumentListData>> => {
    const conditions: Where[] = [listedIn]
    if (type !== undefined) conditions.push({ documentType: { equals: type } })
    if (year !== undefined) {
      const { start, end } = almatyYearRange(year)
      conditions.push({ signedAt: { greater_than_equal: start } }, { signedAt: { less_than: end } })
    }
    const payload = await payloadClient()
    return payload.find({
      collection: 'documents',
      ...asVisitorIn(locale),
      where: { and: conditions },
      sort: '-signedAt',
      page,
      limit: DOCUMENTS_PER_PAGE,
      depth: 0,
      select: DOCUMENT_LIST_FIELDS,
    })
  },
)

/** The newest documents published in a language, for its feed. */
export const latestDocuments = cachedRead(
  'latestDocuments',
  [CACHE_TAGS.documents],
  async (locale: Locale, limit: number): Promise<DocumentListData[]> => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection: 'documents',
      ...asVisitorIn(locale),
      where: listedIn,
      sort: '-signedAt',
      limit,
      pagination: false,
      depth: 0,
      select: DOCUMENT_LIST_FIELDS,
    })
    return result.docs
  },
)

/** The years of the list's filter, newest first. */
export const documentYears = cachedRead('documentYears', [CACHE_TAGS.documents], (locale: Locale) =>
  yearsSpanned('documents', 'signedAt', locale),
)
