import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/**
 * SQLite chooses its query plans from statistics it gathers only when told to (ANALYZE). Without them, reading the
 * list of releases at 10,000 releases took 230 ms instead of 100. Run after migrations and after a bulk import;
 * PostgreSQL's autovacuum keeps its statistics itself.
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  if (isSqlite(payload.db)) await payload.db.drizzle.run(sql`ANALYZE`)
}

function isSqlite(db: Payload['db']): db is Payload['db'] & Pick<SQLiteAdapter, 'drizzle'> {
  return db.name === 'sqlite'
}
