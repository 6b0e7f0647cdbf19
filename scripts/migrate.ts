// `npm run migrate`: apply the committed migrations of the engine DATABASE_URI selects. Our own entry point
// rather than `payload migrate`, whose loader can leave the process with nothing to wait on and exit 0 unmigrated.
import { getPayload } from 'payload'

import { databaseKind, databaseUri } from '@/lib/config/environment'
import { refreshPlannerStatistics } from '@/lib/database/plannerStatistics'
import { committedMigrations } from '@/migrations'
import config from '@payload-config'

const kind = databaseKind(databaseUri())
const payload = await getPayload({ config })
try {
  await payload.db.migrate({ migrations: await committedMigrations(kind) })
  await refreshPlannerStatistics(payload)
  // Through Payload's logger, whose lines are written by a worker: a console line would come before them.
  payload.logger.info(`The ${kind} database is up to date with the committed migrations.`)
} finally {
  await payload.destroy()
}
process.exit(0)
