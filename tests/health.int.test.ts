// GET /api/health as a load balancer asks it, through Payload's REST handler on a real database of each engine. On
// PostgreSQL the database is on a cluster of the test's own, which it stops and freezes: the machine's shared cluster
// is never touched.
import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { HEALTH_CHECK_TIMEOUT_MS } from '@/lib/database/healthCheck'

import type { TestDatabase } from './helpers/databases'
import { testEngine } from './helpers/engine'
import { startPayload, stopPayload } from './helpers/payload'
import { createPrivatePostgres, type PrivatePostgres } from './helpers/privatePostgres'

const { kind, createDatabase } = testEngine()

// Next to the end-to-end suite's ports (E2E_PORT), after those of the outage tests.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 4

/** Time for the answer beyond the check's own limit: the endpoint's work and a busy machine. */
const SLACK_MS = 1_500

interface HealthAnswer {
  status: number
  body: unknown
  retryAfter: string | null
  cacheControl: string | null
  /** How long the answer took, in milliseconds. */
  took: number
}

async function askHealth(): Promise<HealthAnswer> {
  const { default: config } = await import('@payload-config')
  const started = performance.now()
  const response = await handleEndpoints({
    config,
    request: new Request('http://127.0.0.1/api/health', { method: 'GET' }),
  })
  return {
    status: response.status,
    body: await response.json(),
    retryAfter: response.headers.get('retry-after'),
    cacheControl: response.headers.get('cache-control'),
    took: performance.now() - started,
  }
}

/** The whole answer while the database answers: nothing but the two words, never stored. */
function expectHealthy(answer: HealthAnswer): void {
  expect(answer).toMatchObject({
    status: 200,
    body: { status: 'ok', database: 'ok' },
    retryAfter: null,
    cacheControl: 'no-store',
  })
  expect(Object.keys(answer.body as object)).toEqual(['status', 'database'])
}

/** The whole answer while it does not: 503, when to come back, and no cause, address or version. */
function expectUnavailable(answer: HealthAnswer): void {
  expect(answer).toMatchObject({
    status: 503,
    body: { status: 'unavailable', database: 'unreachable' },
    retryAfter: '30',
    cacheControl: 'no-store',
  })
  expect(Object.keys(answer.body as object)).toEqual(['status', 'database'])
}

describe(`the health check on ${kind}`, () => {
  let database: TestDatabase | undefined
  let cluster: PrivatePostgres | undefined
  let payload: Payload | undefined

  beforeAll(async () => {
    if (kind === 'postgres') {
      cluster = await createPrivatePostgres(PORT)
      await cluster.createDatabase('mfa_health')
      payload = await startPayload(cluster.uri('mfa_health'), kind)
    } else {
      database = await createDatabase()
      payload = await startPayload(database.uri, kind)
    }
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
    await cluster?.destroy()
  })

  it('answers 200 "ok" while the database answers', async () => {
    expectHealthy(await askHealth())
  })

  // What only a server does: go away, or hold connections open without answering. A file of SQLite does neither.
  if (kind === 'postgres') {
    const server = () => {
      if (!cluster) throw new Error('The private PostgreSQL cluster did not start')
      return cluster
    }

    it('answers 503 with Retry-After at once while the server is down, and "ok" again once it is back', async () => {
      await server().stop('fast')
      const down = await askHealth()
      expectUnavailable(down)
      expect(down.took).toBeLessThan(HEALTH_CHECK_TIMEOUT_MS + SLACK_MS)

      await server().start()
      expectHealthy(await askHealth())
    })

    it('answers 503 within its two seconds while the server holds connections open without answering', async () => {
      server().freeze()
      try {
        const frozen = await askHealth()
        expectUnavailable(frozen)
        expect(frozen.took).toBeGreaterThanOrEqual(HEALTH_CHECK_TIMEOUT_MS - 50)
        expect(frozen.took).toBeLessThan(HEALTH_CHECK_TIMEOUT_MS + SLACK_MS)
      } finally {
        server().thaw()
      }
      await expect.poll(async () => (await askHealth()).status, { timeout: 10_000 }).toBe(200)
    })
  }
})
