import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { almatyYearRange } from '@/lib/format/dates'

import type { QueryTerm, SearchTerms } from './queryTerms'
import { NAME_MARK, SUMMARY_END, TITLE_END } from './searchText'

export const SEARCHED_KINDS = ['press-release', 'event', 'document'] as const
export type SearchKind = (typeof SEARCHED_KINDS)[number]

export interface SearchMatch {
  kind: SearchKind
  id: number
  /** Found only through a name written in the other alphabet («Bishkek» for «Бишкек»). */
  transliterated: boolean
}

export interface SearchFilters {
  kind: SearchKind | null
  /** A calendar year in Almaty. */
  year: number | null
  order: 'relevance' | 'newest'
}

export interface SearchMatches {
  matches: SearchMatch[]
  /** Matches of the chosen kind and year, not only this page's; 0 when the page lies beyond the last match. */
  total: number
  /** Matches per kind in the chosen year, whatever the kind chosen. */
  perKind: Record<SearchKind, number>
  /** The dates of the oldest and newest match, whatever the kind and year chosen; null when nothing matched. */
  span: { first: Date; last: Date } | null
}

const searched = [
  { kind: 'press-release', table: 'press_releases', date: 'published_at' },
  { kind: 'event', table: 'events', date: 'starts_at' },
  { kind: 'document', table: 'documents', date: 'signed_at' },
] as const satisfies { kind: SearchKind; table: string; date: string }[]

type SQL = ReturnType<typeof sql>

/**
 * One page of the published releases, events and documents in this language, not withdrawn there, that hold any of
 * the query's words in any form, best first (or newest first), with the counts the page's filters show.
 *
 * Written in SQL because Payload's `contains` becomes LIKE '%word%', which reads every text in the database. Each
 * engine finds the candidates in its trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL; see the search_index
 * migrations) by the keys stored in `search_text` (searchText.ts), then scores only those. The order is explained in
 * docs/public-site.md#search. Only ids leave this query: the caller reads the documents through Payload, whose access
 * control has the last word.
 */
export async function findSearchMatches(
  payload: Payload,
  locale: Locale,
  { terms, phrase }: SearchTerms,
  filters: SearchFilters,
  offset: number,
  limit: number,
): Promise<SearchMatches> {
  const sqlite = payload.db.name === 'sqlite'
  const position = (pattern: string) =>
    sqlite ? sql`instr(l.search_text, ${pattern})` : sql`strpos(l.search_text, ${pattern})`
  const candidates = terms.filter((term) => term.counted).flatMap((term) => patternsOf(term))
  if (candidates.length === 0) return NOTHING

  const hits = searched.map(({ kind, table, date }) => {
    const locales = sql.raw(`${table}_locales`)
    const anyWord = sqlite
      ? sql`l.id IN (${sql.join(
          candidates.map(
            (pattern) =>
              sql`SELECT rowid FROM ${sql.raw(`${table}_search`)} WHERE search_text LIKE ${pattern}`,
          ),
          sql` UNION `,
        )})`
      : sql`(${sql.join(
          candidates.map((pattern) => sql`l.search_text LIKE ${pattern}`),
          sql` OR `,
        )})`
    const titleEnd = position(TITLE_END)
    const summaryEnd = position(SUMMARY_END)
    // Per word: where its key first occurs, else where a name with its Latin key does (0: nowhere).
    const words = terms.map((term) => {
      const at = position(` ${term.key} `)
      const asName = term.latin === null ? sql`0` : position(` ${NAME_MARK}${term.latin}`)
      return { term, at, asName, where: sql`(CASE WHEN ${at} > 0 THEN ${at} ELSE ${asName} END)` }
    })
    const sum = (parts: SQL[]) => (parts.length === 0 ? sql`0` : sql.join(parts, sql` + `))
    const counted = words.filter(({ term }) => term.counted)
    const score = sql`${
      phrase ? sql`CASE WHEN l.search_text LIKE ${`% ${phrase.join(' ')} %`} THEN 1000 ELSE 0 END` : sql`0`
    } + ${sum(counted.map(({ where }) => sql`CASE WHEN ${where} > 0 THEN 100 ELSE 0 END`))} + ${sum(
      counted.map(
        ({ where }) => sql`CASE WHEN ${where} = 0 THEN 0
          WHEN ${where} < ${titleEnd} THEN 3 WHEN ${where} < ${summaryEnd} THEN 2 ELSE 1 END`,
      ),
    )}`
    const transliterated = sum(
      words.map(({ at, asName }) => sql`CASE WHEN ${at} = 0 AND ${asName} > 0 THEN 1 ELSE 0 END`),
    )
    return sql`SELECT ${sql.raw(`'${kind}'`)} AS kind, d.id AS id, d.${sql.raw(date)} AS date,
      ${score} AS score, ${transliterated} AS transliterated
      FROM ${sql.raw(table)} d JOIN ${locales} l ON l._parent_id = d.id
      WHERE l._locale = ${locale} AND l._status = 'published' AND l.title IS NOT NULL AND l.withdrawn_at IS NULL
        AND ${anyWord}`
  })

  const inYear =
    filters.year === null
      ? sql`1 = 1`
      : sql`date >= ${almatyYearRange(filters.year).start} AND date < ${almatyYearRange(filters.year).end}`
  const ofKind = filters.kind === null ? sql`1 = 1` : sql`kind = ${filters.kind}`
  const perKind = (kind: SearchKind) =>
    sql`sum(CASE WHEN kind = ${kind} AND ${inYear} THEN 1 ELSE 0 END) OVER ()`
  const order =
    filters.order === 'newest' ? sql`date DESC, kind, id DESC` : sql`score DESC, date DESC, kind, id DESC`
  const query = sql`SELECT kind, id, transliterated, first, last, releases, events, documents FROM (
      SELECT kind, id, date, score, transliterated, min(date) OVER () AS first, max(date) OVER () AS last,
        ${perKind('press-release')} AS releases, ${perKind('event')} AS events, ${perKind('document')} AS documents
      FROM (${sql.join(hits, sql` UNION ALL `)}) hits
    ) ranked
    WHERE ${inYear} AND ${ofKind}
    ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`
  const rows = sqlite
    ? await (payload.db as unknown as SQLiteAdapter).drizzle.all<Row>(query)
    : ((await (payload.db as unknown as PostgresAdapter).drizzle.execute(query)).rows as unknown as Row[])

  const first = rows[0]
  const counts: Record<SearchKind, number> = {
    'press-release': Number(first?.releases ?? 0),
    event: Number(first?.events ?? 0),
    document: Number(first?.documents ?? 0),
  }
  return {
    matches: rows.map((row) => ({
      kind: row.kind,
      id: Number(row.id),
      transliterated: Number(row.transliterated) > 0,
    })),
    total:
      filters.kind === null ? counts['press-release'] + counts.event + counts.document : counts[filters.kind],
    perKind: counts,
    span: first ? { first: new Date(first.first), last: new Date(first.last) } : null,
  }
}

const NOTHING: SearchMatches = {
  matches: [],
  total: 0,
  perKind: { 'press-release': 0, event: 0, document: 0 },
  span: null,
}

interface Row {
  kind: SearchKind
  id: number | string
  transliterated: number | string
  first: string | Date
  last: string | Date
  releases: number | string
  events: number | string
  documents: number | string
}

/** A whole key among the text's words, or a name beginning with the word's Latin key («bishkek» in «bishkeke»). */
function patternsOf({ key, latin }: QueryTerm): string[] {
  return latin === null ? [`% ${key} %`] : [`% ${key} %`, namePattern(latin)]
}

const namePattern = (latin: string) => `% ${NAME_MARK}${latin}%`
