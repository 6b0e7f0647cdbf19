import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'

import { createClient } from '@libsql/client'

import { ensureSqliteFolder, sqliteFile } from '@/lib/config/environment'

/**
 * A consistent copy of a live database: VACUUM INTO reads through the write-ahead log as one transaction, while the
 * site keeps reading and writing. Copying the file would miss what is still only in the log (portal.db-wal), or
 * catch a half-written page.
 */
export async function backUpSqlite(uri: string, target: string): Promise<void> {
  const client = createClient({ url: uri })
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
  } finally {
    client.close()
  }
}

/**
 * Puts the copy in place of the database. The old log and shared-memory files go first: left beside the restored
 * file, SQLite would replay the old log onto it. The copy is moved in whole (a rename), never written over the file.
 */
export function restoreSqlite(source: string, uri: string): void {
  ensureSqliteFolder(uri)
  const file = sqliteFile(uri)
  const incoming = `${file}.restoring`
  copyFileSync(source, incoming)
  for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) rmSync(file + suffix)
  renameSync(incoming, file)
}
