// When the database was last found unreachable. The app's database pool notes it and the HTTP server (server/start.mjs)
// reads it; they load this file as two separate module copies in one process, so the moment lives on globalThis.

const LAST_UNREACHABLE = Symbol.for('mfa-portal.databaseLastUnreachable')

/**
 * Seconds after which a client may ask again, sent as Retry-After with every 503 of an outage (pages, the API, the
 * health check): a restart or failover of PostgreSQL takes about that long.
 */
export const RETRY_AFTER_SECONDS = 30

/** Called wherever a connection to the database failed or was lost. */
export function noteDatabaseUnreachable() {
  ;/** @type {Record<symbol, number>} */ (globalThis)[LAST_UNREACHABLE] = performance.now()
}

/**
 * Whether the database was found unreachable at or after `moment` (a `performance.now()` reading): for a request
 * that started then, a failure is most likely the outage's.
 * @param {number} moment
 */
export function databaseUnreachableSince(moment) {
  const last = /** @type {Record<symbol, number | undefined>} */ (globalThis)[LAST_UNREACHABLE]
  return last !== undefined && last >= moment
}
