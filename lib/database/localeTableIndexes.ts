interface RawTable {
  name: string
  columns: Record<string, unknown>
  indexes?: Record<string, { name: string; on: string | string[]; unique?: boolean }>
}

/**
 * Payload keeps each localized field in a `<table>_locales` table, indexed on (language, document) only. This schema
 * hook adds two indexes there, for both engines, before Payload builds its schema from the raw tables; the migrations
 * carry them.
 * - By document: reading a document fetches all its languages by document alone, which the (language, document)
 *   index cannot serve; every read scanned the whole table (460 ms for six release cards at 10,000 releases).
 * - What a list counts: a visitor's list counts the documents whose language is published, has a title and is not
 *   withdrawn (lib/reads/asVisitor.ts). Payload joins each document to its language row, whose long texts come first:
 *   reading the row cost 70–110 ms per count at 10,000 releases. The index holds every column the count asks about
 *   (10 ms), so that the rows are never read; titles are short enough for it (fields/title.ts).
 */
export function indexLocalesByDocument<Args extends { schema: unknown }>(args: Args): Args['schema'] {
  // Payload passes its adapter to every schema hook; the SQLite adapter's type leaves it out.
  const { adapter } = args as Args & { adapter: { rawTables: Record<string, RawTable> } }
  for (const table of Object.values(adapter.rawTables)) {
    if (!table.name.endsWith('_locales') || !('_parentID' in table.columns)) continue
    table.indexes = { ...table.indexes, _parentID: { name: `${table.name}_parent_idx`, on: '_parentID' } }
    if ('_status' in table.columns && 'title' in table.columns) {
      table.indexes.listed = {
        name: `${table.name}_listed_idx`,
        on: [
          '_locale',
          '_parentID',
          '_status',
          'title',
          ...('withdrawnAt' in table.columns ? ['withdrawnAt'] : []),
        ],
      }
    }
  }
  return args.schema
}
