interface RawTable {
  name: string
  columns: Record<string, unknown>
  indexes?: Record<string, { name: string; on: string | string[]; unique?: boolean }>
}

/**
 * Payload keeps each localized field in a `<table>_locales` table, indexed on (language, document) only. Reading a
 * document fetches all its languages by document alone, which that index cannot serve: every read scanned the whole
 * table (460 ms for six release cards at 10,000 releases). This schema hook adds an index on the document to each such
 * table, for both engines, before Payload builds its schema from the raw tables; the migrations carry it.
 */
export function indexLocalesByDocument<Args extends { schema: unknown }>(args: Args): Args['schema'] {
  // Payload passes its adapter to every schema hook; the SQLite adapter's type leaves it out.
  const { adapter } = args as Args & { adapter: { rawTables: Record<string, RawTable> } }
  for (const table of Object.values(adapter.rawTables)) {
    if (!table.name.endsWith('_locales') || !('_parentID' in table.columns)) continue
    table.indexes = { ...table.indexes, _parentID: { name: `${table.name}_parent_idx`, on: '_parentID' } }
  }
  return args.schema
}
