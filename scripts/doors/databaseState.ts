// The whole database as text, table by table, read beside the running server: compared before and after a request,
// it tells whether the request changed any record. One query per snapshot; the fuzzer's database is small.
import { createClient } from '@libsql/client'
import pg from 'pg'

import { databaseKind } from '@/lib/config/environment'

/**
 * What changes by design when a request is refused, or outside any request: a failed sign-in counts against the
 * account (Payload's own lock), sessions come and go, and the job runner keeps its queue and log.
 */
const BOOKKEEPING_TABLES = new Set([
  'users_sessions',
  'payload_jobs',
  'payload_jobs_log',
  'payload_migrations',
])
const BOOKKEEPING_COLUMNS = ['login_attempts', 'lock_until']

export type Snapshot = Map<string, string>

export interface DatabaseState {
  snapshot: () => Promise<Snapshot>
  /** Each user's role, by id. */
  roles: () => Promise<Map<number, string>>
  close: () => Promise<void>
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`

async function sqliteState(uri: string): Promise<DatabaseState> {
  const client = createClient({ url: uri })
  const tables = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
  const parts: string[] = []
  for (const { name } of tables.rows) {
    const table = String(name)
    if (BOOKKEEPING_TABLES.has(table)) continue
    const columns = (await client.execute(`PRAGMA table_info(${quoted(table)})`)).rows
      .map((column) => String(column.name))
      .filter((column) => !BOOKKEEPING_COLUMNS.includes(column))
    // quote() writes any value as SQL text, a BLOB as hex, which json_array refuses.
    const row = columns.map((column) => `quote(${quoted(column)})`).join(" || ',' || ")
    parts.push(
      `SELECT '${table}' AS t, (SELECT group_concat(r, char(10)) FROM (SELECT ${row} AS r FROM ${quoted(table)} ORDER BY r)) AS rows`,
    )
  }
  const query = parts.join(' UNION ALL ')
  return {
    snapshot: async () => {
      const result = await client.execute(query)
      return new Map(result.rows.map((row) => [String(row.t), String(row.rows ?? '')]))
    },
    roles: async () => {
      const result = await client.execute('SELECT id, role FROM users')
      return new Map(result.rows.map((row) => [Number(row.id), String(row.role)]))
    },
    close: async () => client.close(),
  }
}

async function postgresState(uri: string): Promise<DatabaseState> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  const tables = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  )
  const without = BOOKKEEPING_COLUMNS.map((column) => ` - '${column}'`).join('')
  const query = tables.rows
    .map(({ tablename }) => tablename)
    .filter((table) => !BOOKKEEPING_TABLES.has(table))
    .map(
      (table) =>
        `SELECT '${table}' AS t, (SELECT string_agg(r, chr(10) ORDER BY r) FROM (SELECT (to_jsonb(x)${without})::text AS r FROM ${quoted(table)} x) rows) AS rows`,
    )
    .join(' UNION ALL ')
  return {
    snapshot: async () => {
      const result = await client.query<{ t: string; rows: string | null }>(query)
      return new Map(result.rows.map((row) => [row.t, row.rows ?? '']))
    },
    roles: async () => {
      const result = await client.query<{ id: number; role: string }>('SELECT id, role FROM users')
      return new Map(result.rows.map((row) => [Number(row.id), String(row.role)]))
    },
    close: () => client.end(),
  }
}

export function databaseState(uri: string): Promise<DatabaseState> {
  return databaseKind(uri) === 'postgres' ? postgresState(uri) : sqliteState(uri)
}

/** The tables whose records differ between two snapshots. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...before.keys(), ...after.keys()])
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort()
}

/** The tables holding any of these texts. */
export function tablesHolding(snapshot: Snapshot, texts: readonly string[]): string[] {
  return [...snapshot].filter(([, rows]) => texts.some((text) => rows.includes(text))).map(([name]) => name)
}
