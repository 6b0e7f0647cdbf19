import { isLocale } from '@/i18n/locales'

import { richTextToPlain } from './foldText'
import { searchTextOf } from './searchText'

/**
 * What each searched table's locale rows feed its search text, as columns of `l` (the locale row) and `d` (the
 * document), in the order fields/searchText.ts reads them: title, summary, the other plain fields, the rich text.
 */
export const SEARCH_SOURCES = [
  { table: 'press_releases', other: [], richText: 'l.body' },
  { table: 'events', other: ['l.location'], richText: 'l.body' },
  { table: 'documents', other: ['d.number', 'l.signatory', 'l.place'], richText: null },
] as const

export interface SearchSourceRow {
  id: number | string
  locale: string
  title: string | null
  summary: string | null
  other: string | null
  /** Lexical's JSON: text on SQLite, parsed on PostgreSQL. */
  rich_text: unknown
}

/** The SELECT (engine-neutral SQL) that reads a table's rows for re-indexing. */
export function searchSourceQuery({ table, other, richText }: (typeof SEARCH_SOURCES)[number]): string {
  const others =
    other.length === 0 ? 'NULL' : other.map((column) => `coalesce(${column}, '')`).join(` || ' ' || `)
  return `SELECT l.id AS id, l._locale AS locale, l.title AS title, l.summary AS summary, ${others} AS other,
    ${richText ?? 'NULL'} AS rich_text FROM ${table}_locales l JOIN ${table} d ON d.id = l._parent_id`
}

/** A row's search text as the field's hook would write it today; null for a language that has no text. */
export function reindexedSearchText(row: SearchSourceRow): string | null {
  if (!isLocale(row.locale) || row.title === null) return null
  const rich = typeof row.rich_text === 'string' ? (JSON.parse(row.rich_text) as unknown) : row.rich_text
  return searchTextOf(row.locale, {
    title: row.title,
    summary: row.summary ?? '',
    body: [row.other ?? '', richTextToPlain(rich)].join(' '),
  })
}
