import { randomUUID } from 'node:crypto'

import type { DatabaseAdapterObj } from 'payload'

/**
 * Payload's PostgreSQL transactions (3.90) lose a failed COMMIT: the promise of Drizzle's transaction ends in a
 * `.catch` that only matters before the transaction has started, so a commit the database never confirmed (the
 * connection lost between the last write and COMMIT) resolves like a good one, and the editor is told "saved" about a
 * text that is not there. Measured: PostgreSQL crashed under two editors saving (e2e/scale/database-restart.scale.ts)
 * answered 201 for a release that was then not found. These two replace Payload's own and keep the failure for the
 * commit to throw, so the save fails as the outage's other writes do (503, lib/database/connectionErrors.ts).
 */
interface Session {
  db: unknown
  resolve: () => Promise<void>
  reject: () => Promise<void>
  /** Why the transaction did not commit, once it has ended. */
  failure: () => Error | undefined
}

interface TransactionalAdapter {
  drizzle: { transaction: (work: (tx: unknown) => Promise<void>, options?: unknown) => Promise<void> }
  initializing: Promise<void>
  payload: { logger: { error: (details: { err: unknown; msg: string }) => void } }
  sessions: Record<string, Session>
  transactionOptions: unknown
}

/** Thrown inside the transaction to make Drizzle roll it back; not a failure. */
const ROLLBACK = Symbol('rollback')

async function beginTransaction(this: TransactionalAdapter, options?: unknown): Promise<string> {
  await this.initializing
  let started!: () => void
  let notStarted!: (error: unknown) => void
  const ready = new Promise<void>((resolve, reject) => {
    started = resolve
    notStarted = reject
  })
  let end!: (commit: boolean) => void
  let db: unknown
  let failure: Error | undefined
  const done = this.drizzle
    .transaction(async (tx) => {
      db = tx
      const commit = await new Promise<boolean>((resolve) => {
        end = resolve
        started()
      })
      if (!commit) throw ROLLBACK
    }, options ?? this.transactionOptions)
    .catch((error: unknown) => {
      if (error === ROLLBACK) return
      failure = error instanceof Error ? error : new Error(String(error))
      notStarted(error)
    })
  try {
    await ready
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    this.payload.logger.error({ err: error, msg: `Error: cannot begin transaction: ${message}` })
    // Payload's words, which connectionErrors.ts recognises.
    throw new Error(`Error: cannot begin transaction: ${message}`, { cause: error })
  }
  const id = randomUUID()
  this.sessions[id] = {
    db,
    resolve: async () => {
      end(true)
      await done
    },
    reject: async () => {
      end(false)
      await done
    },
    failure: () => failure,
  }
  return id
}

async function commitTransaction(
  this: TransactionalAdapter,
  incomingID: Promise<number | string> | number | string = '',
) {
  const id = String(await incomingID)
  const session = this.sessions[id]
  // Already ended by another operation sharing it, as in Payload's own.
  if (!session) return
  delete this.sessions[id]
  await session.resolve()
  const failure = session.failure()
  if (failure) throw failure
}

/** The adapter, with commits that fail when the database did not confirm them. */
export function withDurableCommits(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => Object.assign(adapter.init(args), { beginTransaction, commitTransaction }),
  }
}
