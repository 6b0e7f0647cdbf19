import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import {
  reindexedSearchText,
  SEARCH_SOURCES,
  searchSourceQuery,
  type SearchSourceRow,
} from '@/lib/search/reindex'

// Written by hand: no schema changes, only data. Search now stores the keys of words (their stems) rather than the
// words (lib/search/searchText.ts), so every existing text is indexed again; the triggers of the search_index
// migrations keep the FTS5 tables in step with each update.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const source of SEARCH_SOURCES) {
    const rows = await db.all<SearchSourceRow>(sql.raw(searchSourceQuery(source)))
    for (const row of rows) {
      const text = reindexedSearchText(row)
      if (text === null) continue
      await db.run(sql`UPDATE ${sql.raw(`${source.table}_locales`)} SET search_text = ${text} WHERE id = ${row.id}`)
    }
  }
}

// The old search text (folded words) cannot be told from the new; searching an index of keys with the old code finds
// less, never something wrong, so there is nothing to undo.
export async function down(_args: MigrateDownArgs): Promise<void> {}
