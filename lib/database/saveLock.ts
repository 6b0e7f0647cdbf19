import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/**
 * Saves of one document, one at a time: from reading the document (and checking which version a save was made on) to
 * writing the next version, no other save of it can come between.
 *
 * PostgreSQL: the document's row is locked in the save's transaction, until its commit or rollback, which also holds
 * across several server instances. SQLite, which Payload's adapter runs without transactions and one server process
 * serves: the saves of a document wait for each other in that process. There Payload tells collection hooks of a
 * failed save only when it came through REST (the admin, API clients), so only those take turns; the seed, scripts
 * and scheduled jobs on the Local API do not.
 */
export async function holdDocument(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<void> {
  if (req.payload.db.name === 'postgres') {
    await lockRow(req, collection, id)
    return
  }
  if (req.payloadAPI !== 'REST' || heldBy.has(req)) return
  heldBy.set(req, await waitForTurn(`${collection}:${id}`))
}

/** Ends this request's turn on SQLite (on PostgreSQL the end of the transaction ends the lock). */
export function releaseDocument(req: PayloadRequest): void {
  heldBy.get(req)?.()
  heldBy.delete(req)
}

async function lockRow(req: PayloadRequest, collection: string, id: number | string): Promise<void> {
  const db = req.payload.db as unknown as PostgresAdapter
  const transaction = req.transactionID === undefined ? undefined : db.sessions[await req.transactionID]
  // Without a transaction (a caller's `disableTransaction`) the lock would end with its own statement.
  if (!transaction) return
  const table = collection.replaceAll('-', '_')
  await transaction.db.execute(sql`SELECT 1 FROM ${sql.identifier(table)} WHERE id = ${id} FOR UPDATE`)
}

const heldBy = new WeakMap<PayloadRequest, () => void>()
const queues = new Map<string, Promise<void>>()

/** A save takes well under a second; a turn never released (a fault in Payload's error path) ends after this. */
const LONGEST_TURN_MS = 30_000

async function waitForTurn(key: string): Promise<() => void> {
  const previous = queues.get(key) ?? Promise.resolve()
  let release = () => {}
  const done = new Promise<void>((resolve) => {
    release = resolve
  })
  const tail = previous.then(() => done)
  queues.set(key, tail)
  await previous
  const timer = setTimeout(release, LONGEST_TURN_MS)
  timer.unref()
  return () => {
    clearTimeout(timer)
    release()
    if (queues.get(key) === tail) queues.delete(key)
  }
}
