import type { PaginatedDocs, Where } from 'payload'

import type { DocumentType } from '@/collections/Documents/types'
import type { Locale } from '@/i18n/locales'
import type { Document } from '@/payload-types'

import { almatyYear, almatyYearRange } from './dates'
import { CACHE_TAGS } from './cacheTags'
import { cachedRead } from './cachedRead'
import { payloadClient } from './payload'

export const DOCUMENTS_PER_PAGE = 10

// Every read is a visitor's: access control applied, and no text borrowed from another language.
const asVisitorIn = (locale: Locale) => ({ locale, fallbackLocale: false as const, overrideAccess: false })
const existsIn: Where = { title: { exists: true } }

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
    const conditions: Where[] = [existsIn]
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
      where: existsIn,
      sort: '-signedAt',
      limit,
      pagination: false,
      depth: 0,
      select: DOCUMENT_LIST_FIELDS,
    })
    return result.docs
  },
)

/** The years of signing, newest first, from the newest document back to the oldest one in this language. */
export const documentYears = cachedRead(
  'documentYears',
  [CACHE_TAGS.documents],
  async (locale: Locale): Promise<number[]> => {
    const payload = await payloadClient()
    const [newest, oldest] = await Promise.all(
      (['-signedAt', 'signedAt'] as const).map((sort) =>
        payload.find({
          collection: 'documents',
          ...asVisitorIn(locale),
          where: existsIn,
          sort,
          limit: 1,
          pagination: false,
          depth: 0,
          select: { signedAt: true },
        }),
      ),
    )
    const last = newest?.docs[0]?.signedAt
    const first = oldest?.docs[0]?.signedAt
    if (!last || !first) return []
    const years: number[] = []
    for (let year = almatyYear(last); year >= almatyYear(first); year--) years.push(year)
    return years
  },
)

// The PDF (its size) and topics appear on the page too; their changes refresh the documents tag (lib/cacheTags.ts).
export const documentBySlug = cachedRead(
  'documentBySlug',
  [CACHE_TAGS.documents],
  async (locale: Locale, slug: string): Promise<Document | null> => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection: 'documents',
      ...asVisitorIn(locale),
      where: { and: [existsIn, { slug: { equals: slug } }] },
      limit: 1,
      pagination: false,
      depth: 1,
    })
    return result.docs[0] ?? null
  },
)
