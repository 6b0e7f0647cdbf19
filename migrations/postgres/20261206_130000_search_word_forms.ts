import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import {
  reindexedSearchText,
  SEARCH_SOURCES,
  searchSourceQuery,
  type SearchSourceRow,
} from '@/lib/search/reindex'

// Written by hand: no schema changes, only data. Search now stores the keys of words (their stems) rather than the
// words (lib/search/searchText.ts), so every existing text is indexed again; pg_trgm's index follows each update.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const source of SEARCH_SOURCES) {
    const { rows } = await db.execute(sql.raw(searchSourceQuery(source)))
    for (const row of rows as unknown as SearchSourceRow[]) {
      const text = reindexedSearchText(row)
      if (text === null) continue
      await db.execute(sql`UPDATE ${sql.raw(`${source.table}_locales`)} SET search_text = ${text} WHERE id = ${row.id}`)
    }
  }
}

// The old search text (folded words) cannot be told from the new; searching an index of keys with the old code finds
// less, never something wrong, so there is nothing to undo.
export async function down(_args: MigrateDownArgs): Promise<void> {}
