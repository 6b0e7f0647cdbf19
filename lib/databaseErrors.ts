import type { Payload } from 'payload'

/**
 * An idle PostgreSQL connection that the server drops (a restart, a failover) makes the pool emit 'error'; without
 * a listener that takes the whole process down. Log it instead: the pool opens a new connection on the next query.
 */
export function keepRunningWhenPostgresDropsConnections(payload: Payload): void {
  const db = payload.db as { pool?: { on: (event: 'error', listener: (error: Error) => void) => void } }
  db.pool?.on('error', (error) =>
    payload.logger.error(`PostgreSQL dropped an idle connection: ${error.message}`),
  )
}
