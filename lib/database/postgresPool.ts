import pg from 'pg'

import { isDatabaseUnavailable } from './connectionErrors'
import { noteDatabaseUnreachable } from './unreachable.mjs'

/**
 * How long anything waits for a connection. A server on the same network answers in milliseconds; without a limit,
 * a host that drops packets (a firewall, a frozen machine) keeps a request waiting for minutes.
 */
export const CONNECT_TIMEOUT_MS = 3_000
/** How long a statement of the web server may run before PostgreSQL cancels it (a lock held too long, say). */
export const STATEMENT_TIMEOUT_MS = 5_000
/**
 * How long the web server waits for an answer on an open connection: PostgreSQL's own timeout cannot help when the
 * server itself no longer answers (frozen, or cut off after the connection was made).
 */
export const QUERY_TIMEOUT_MS = 6_000

/**
 * The pool's settings. Only the web server's statements are held to seconds, since a visitor should get an answer
 * (or a 503) quickly; migrations, the seed and bulk imports run as long as their work takes.
 */
export function postgresPoolOptions(uri: string, { serving }: { serving: boolean }): pg.PoolConfig {
  return {
    connectionString: uri,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // A peer that vanished is found on idle connections too, not only at the next query.
    keepAlive: true,
    ...(serving ? { statement_timeout: STATEMENT_TIMEOUT_MS, query_timeout: QUERY_TIMEOUT_MS } : {}),
  }
}

type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, done: () => void) => void

/**
 * node-postgres's pool, noting every time the database could not be reached (server/start.mjs then answers 503 instead of
 * 500). An idle connection that the server drops (a restart, a failover, a crash) makes a pool emit 'error', and a
 * pool without a listener takes the whole process down: this one logs it, and opens a new connection at the next
 * query.
 */
class WatchfulPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config)
    this.on('error', (error) => {
      noteDatabaseUnreachable()
      console.error(`PostgreSQL dropped an idle connection: ${error.message}`)
    })
    // A connection held by a transaction and dropped between two of its statements reports it on itself, not on
    // the pool, which listens only to idle ones; unheard, that too would end the process. The transaction's next
    // statement, or its commit, then fails with it.
    this.on('connect', (client) => client.on('error', noteDatabaseUnreachable))
    // A query that failed gives its connection back with its error.
    this.on('release', (error: Error | undefined) => {
      if (isDatabaseUnavailable(error)) noteDatabaseUnreachable()
    })
  }

  override connect(): Promise<pg.PoolClient>
  override connect(callback: ConnectCallback): void
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (!callback) {
      return super.connect().catch((error: unknown) => {
        noteDatabaseUnreachable()
        throw error
      })
    }
    super.connect((error, client, done) => {
      if (error) noteDatabaseUnreachable()
      callback(error, client, done)
    })
  }
}

/** node-postgres with the watchful pool, for the adapter's `pg` option. */
export const watchfulPg: typeof pg = { ...pg, Pool: WatchfulPool }
