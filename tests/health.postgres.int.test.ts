// The health check on a PostgreSQL cluster of the test's own, which it stops and freezes: the machine's shared
// cluster is never touched.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { HEALTH_CHECK_TIMEOUT_MS } from '@/lib/database/healthCheck'

import { askHealth, expectHealthy, expectUnavailable } from './health'
import { startPayload, stopPayload } from './helpers/payload'
import { createPrivatePostgres, type PrivatePostgres } from './helpers/privatePostgres'

// Next to the end-to-end suite's ports (E2E_PORT), after those of the outage tests.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 4

/** Time for the answer beyond the check's own limit: the endpoint's work and a busy machine. */
const SLACK_MS = 1_500

describe('the health check on PostgreSQL', () => {
  let cluster: PrivatePostgres
  let payload: Payload | undefined

  beforeAll(async () => {
    cluster = await createPrivatePostgres(PORT)
    await cluster.createDatabase('mfa_health')
    payload = await startPayload(cluster.uri('mfa_health'), 'postgres')
  })

  afterAll(async () => {
    await stopPayload(payload)
    await cluster?.destroy()
  })

  it('answers 200 "ok" while the database answers', async () => {
    expectHealthy(await askHealth())
  })

  it('answers 503 with Retry-After at once while the server is down, and "ok" again once it is back', async () => {
    await cluster.stop('fast')
    const down = await askHealth()
    expectUnavailable(down)
    expect(down.took).toBeLessThan(HEALTH_CHECK_TIMEOUT_MS + SLACK_MS)

    await cluster.start()
    expectHealthy(await askHealth())
  })

  it('answers 503 within its two seconds while the server holds connections open without answering', async () => {
    cluster.freeze()
    try {
      const frozen = await askHealth()
      expectUnavailable(frozen)
      expect(frozen.took).toBeGreaterThanOrEqual(HEALTH_CHECK_TIMEOUT_MS - 50)
      expect(frozen.took).toBeLessThan(HEALTH_CHECK_TIMEOUT_MS + SLACK_MS)
    } finally {
      cluster.thaw()
    }
    await expect.poll(async () => (await askHealth()).status, { timeout: 10_000 }).toBe(200)
  })
})
