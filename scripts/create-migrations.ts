// `npm run migrate:create -- name`: after a change to the content model, write the migration for both engines.
// Each engine diffs against its own last migration; a scratch database of each kind is only there to connect to.
import { createPostgresDatabase, createSqliteDatabase } from '@/tests/helpers/databases'

import { run } from './run'

const name = process.argv[2]
if (!name || !/^[a-z0-9_-]+$/.test(name)) {
  console.error('Usage: npm run migrate:create -- <name>   (lowercase letters, digits, - and _)')
  process.exit(2)
}

for (const database of [createSqliteDatabase(), await createPostgresDatabase()]) {
  try {
    await run('payload', ['migrate:create', name], { ...process.env, DATABASE_URI: database.uri })
  } finally {
    await database.drop()
  }
}
