import { sql as postgresSql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { sql as sqliteSql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/**
 * How long the health check waits for the database. A load balancer asks every few seconds and gives up after a few
 * more; an answer slower than this means visitors' pages are waiting too. Shorter than the pool's connection timeout
 * (lib/database/postgresPool.ts), so a database that does not answer a new connection is reported before that gives up.
 */
export const HEALTH_CHECK_TIMEOUT_MS = 2_000

export type DatabaseHealth = { answering: true } | { answering: false; cause: string }

/** The most trivial statement, through the same connections (PostgreSQL's pool, SQLite's file) pages use. */
function selectOne(db: Payload['db']): Promise<unknown> {
  if (db.name === 'postgres') return (db as unknown as PostgresAdapter).drizzle.execute(postgresSql`SELECT 1`)
  return (db as unknown as SQLiteAdapter).drizzle.run(sqliteSql`SELECT 1`)
}

/** The driver's own words: Drizzle wraps them in "Failed query: SELECT 1", which says nothing of the cause. */
function innermostMessage(error: unknown): string {
  let current = error
  while (current instanceof Error && current.cause instanceof Error) current = current.cause
  return current instanceof Error ? current.message : String(current)
}

/** Whether the database answers `SELECT 1` within `timeoutMs`, and if not, why (for the log, never for the client). */
export async function checkDatabase(
  payload: Payload,
  timeoutMs = HEALTH_CHECK_TIMEOUT_MS,
): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<DatabaseHealth>((resolve) => {
    timer = setTimeout(
      () => resolve({ answering: false, cause: `no answer within ${timeoutMs} ms` }),
      timeoutMs,
    )
  })
  const answer = selectOne(payload.db).then(
    (): DatabaseHealth => ({ answering: true }),
    (error: unknown): DatabaseHealth => ({ answering: false, cause: innermostMessage(error) }),
  )
  try {
    return await Promise.race([answer, late])
  } finally {
    clearTimeout(timer)
  }
}
