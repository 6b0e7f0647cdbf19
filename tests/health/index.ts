// GET /api/health as a load balancer asks it, through Payload's REST handler on a real database of each engine.
import { handleEndpoints } from 'payload'
import { expect } from 'vitest'

export interface HealthAnswer {
  status: number
  body: unknown
  retryAfter: string | null
  cacheControl: string | null
  /** How long the answer took, in milliseconds. */
  took: number
}

export async function askHealth(): Promise<HealthAnswer> {
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
export function expectHealthy(answer: HealthAnswer): void {
  expect(answer).toMatchObject({
    status: 200,
    body: { status: 'ok', database: 'ok' },
    retryAfter: null,
    cacheControl: 'no-store',
  })
  expect(Object.keys(answer.body as object)).toEqual(['status', 'database'])
}

/** The whole answer while it does not: 503, when to come back, and no cause, address or version. */
export function expectUnavailable(answer: HealthAnswer): void {
  expect(answer).toMatchObject({
    status: 503,
    body: { status: 'unavailable', database: 'unreachable' },
    retryAfter: '30',
    cacheControl: 'no-store',
  })
  expect(Object.keys(answer.body as object)).toEqual(['status', 'database'])
}
