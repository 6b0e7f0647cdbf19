import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Every instance runs due jobs on a timer (payload.config.ts `jobs.autoRun`). Payload 3.90 claims a job on
 * PostgreSQL by reading the unclaimed ones and then marking them, in two statements: two instances ticking at the
 * same second both claim, and a scheduled release is published twice. So only the instance holding this PostgreSQL
 * advisory lock runs jobs. The lock belongs to one connection kept open for it: when that instance stops or loses
 * its connection, PostgreSQL releases the lock and another instance takes it at its next tick.
 */
const JOB_RUNNER_LOCK = 7_302_025

/** What is asked of the connection (Payload's adapter brings its own copy of pg's types). */
interface PoolClient {
  query: (sql: string, values?: unknown[]) => Promise<{ rows: unknown[] }>
  release: (destroy?: boolean) => void
  on: (event: 'error' | 'end', listener: (error?: Error) => void) => unknown
}

let held: PoolClient | null = null

export async function mayRunJobs(payload: Payload): Promise<boolean> {
  // SQLite is the single embedded instance: nobody to share the work with.
  if (payload.db.name !== 'postgres') return true
  if (held && (await stillConnected(payload, held))) return true
  const client: PoolClient = await (payload.db as unknown as PostgresAdapter).pool.connect()
  const { rows } = await client
    .query('SELECT pg_try_advisory_lock($1) AS locked', [JOB_RUNNER_LOCK])
    .catch((error: unknown) => {
      client.release(true)
      throw error
    })
  if ((rows[0] as { locked?: boolean } | undefined)?.locked !== true) {
    client.release()
    return false
  }
  const lose = (error?: Error) => {
    if (held !== client) return
    held = null
    payload.logger.error(`Lost the job runner's connection${error ? `: ${error.message}` : ''}`)
    client.release(true)
  }
  // Unlistened, a dropped connection's 'error' would end the process.
  client.on('error', lose)
  client.on('end', () => lose())
  held = client
  payload.logger.info('This instance runs the scheduled jobs')
  return true
}

async function stillConnected(payload: Payload, client: PoolClient): Promise<boolean> {
  try {
    await client.query('SELECT 1')
    return true
  } catch (error) {
    if (held === client) {
      held = null
      payload.logger.error(`Lost the job runner's connection: ${(error as Error).message}`)
      client.release(true)
    }
    return false
  }
}
