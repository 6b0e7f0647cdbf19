// `tsx e2e/helpers/prepareDatabase.ts`: the committed migrations and the administrator on DATABASE_URI, without the
// demo content (its photos take a minute to convert), for a test that runs a server of its own.
import { getPayload } from 'payload'

import { databaseKind, databaseUri } from '@/lib/config/environment'
import { committedMigrations } from '@/migrations'
import { adminLogin, upsertAdmin } from '@/seed/admin'
import config from '@payload-config'

const payload = await getPayload({ config })
try {
  await payload.db.migrate({ migrations: await committedMigrations(databaseKind(databaseUri())) })
  await upsertAdmin(payload, adminLogin())
} finally {
  await payload.destroy()
}
process.exit(0)
