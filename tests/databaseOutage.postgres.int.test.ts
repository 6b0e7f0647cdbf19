// The process outside Next.js (scripts, jobs, these tests) lives through its database going away and reads again when
// it returns; Next.js's server would catch an uncaught pool error itself, so this is where losing the listener shows.
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
})
