import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

export interface TestDatabase {
  uri: string
  drop: () => Promise<void>
}

/** A fresh SQLite file in a temporary folder, removed afterwards. */
export function createSqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'mfa-int-'))
  return {
    uri: `file:${path.join(dir, 'portal.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  }
}

/**
 * The PostgreSQL server the tests may create databases on. `.ci/run` starts it and creates this role;
 * TEST_POSTGRES_URL points elsewhere if needed.
 */
export const POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://mfa:mfa@127.0.0.1:5432/postgres'

/** A new, empty PostgreSQL database with a name of its own, dropped afterwards. */
export async function createPostgresDatabase(prefix = 'mfa_test'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  const uri = new URL(POSTGRES_ADMIN_URL)
  uri.pathname = `/${name}`
  return {
    uri: uri.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
      await client.connect()
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      } finally {
        await client.end()
      }
    },
  }
}
