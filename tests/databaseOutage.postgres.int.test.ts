// The process outside Next.js (scripts, jobs, these tests) lives through its database going away and reads again when
// it returns; Next.js's server would catch an uncaught pool error itself, so this is where losing the listener shows.
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from '@/lib/database/connectionErrors'

import { startPayload, stopPayload } from './helpers/payload'
import { createPrivatePostgres, type PrivatePostgres } from './helpers/privatePostgres'

// Next to the end-to-end suite's ports (E2E_PORT), as e2e/operations/database-outage.spec.ts.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 3

describe('PostgreSQL going away and coming back', () => {
  let cluster: PrivatePostgres
  let payload: Payload | undefined

  beforeAll(async () => {
    cluster = await createPrivatePostgres(PORT)
    await cluster.createDatabase('mfa_faults_resilience')
    payload = await startPayload(cluster.uri('mfa_faults_resilience'), 'postgres')
  })

  afterAll(async () => {
    await stopPayload(payload)
    await cluster?.destroy()
  })

  const countTopics = () => payload!.count({ collection: 'topics' })

  it('leaves the process running and answers again once the database is back', async () => {
    // Open connections that sit idle in the pool when the server goes.
    await Promise.all([countTopics(), countTopics(), countTopics(), countTopics()])
    await cluster.stop('fast')
    // An idle connection dropped by the server is an 'error' on the pool: unheard, it would end this process.
    await new Promise((resolve) => setTimeout(resolve, 500))

    const started = performance.now()
    const failure: unknown = await countTopics().catch((error: unknown) => error)
    expect(isDatabaseUnavailable(failure)).toBe(true)
    expect(performance.now() - started).toBeLessThan(5_000)

    await cluster.start()
    await expect(countTopics()).resolves.toEqual({ totalDocs: 0 })
  })

  it('fails a save whose commit the database never confirmed, and keeps nothing of it', async () => {
    const db = payload!.db as unknown as PostgresAdapter
    const transactionID = (await db.beginTransaction())!
    const req = { transactionID, payload: payload! }
    await payload!.create({
      collection: 'topics',
      locale: 'ru',
      data: { name: 'Не сохранится', slug: 'lost' },
      req,
    })
    // The connection that holds the transaction is cut before COMMIT, as a database crash cuts it.
    const inside = db.sessions[transactionID]!.db as unknown as PostgresAdapter['drizzle']
    const { rows } = await inside.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`)
    await db.drizzle.execute(sql`select pg_terminate_backend(${rows[0]!.pid})`)

    const failure: unknown = await db.commitTransaction(transactionID).catch((error: unknown) => error)
    expect(isDatabaseUnavailable(failure)).toBe(true)
    await expect(
      payload!.count({ collection: 'topics', where: { slug: { equals: 'lost' } } }),
    ).resolves.toEqual({
      totalDocs: 0,
    })
    // And a commit that does reach the database still counts.
    const next = (await db.beginTransaction())!
    await payload!.create({
      collection: 'topics',
      locale: 'ru',
      data: { name: 'Сохранится', slug: 'kept' },
      req: { transactionID: next, payload: payload! },
    })
    await db.commitTransaction(next)
    await expect(
      payload!.count({ collection: 'topics', where: { slug: { equals: 'kept' } } }),
    ).resolves.toEqual({
      totalDocs: 1,
    })
  })
})
