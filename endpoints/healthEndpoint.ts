import type { Endpoint } from 'payload'

import { checkDatabase } from '@/lib/database/healthCheck'
import { RETRY_AFTER_SECONDS } from '@/lib/database/unreachable.mjs'

/** Never kept by a proxy or a browser: an old "ok" would hide an outage. */
const NOT_STORED = { 'Cache-Control': 'no-store' }

/**
 * GET /api/health, for load balancers and monitoring: 200 while the database answers a trivial query within two
 * seconds, else 503 with Retry-After. It says nothing else (no versions, no addresses, no error text); the cause of a
 * failure goes to the server's log.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const health = await checkDatabase(req.payload)
    if (health.answering) {
      return Response.json({ status: 'ok', database: 'ok' }, { headers: NOT_STORED })
    }
    req.payload.logger.warn(`Health check: the database is unreachable (${health.cause})`)
    return Response.json(
      { status: 'unavailable', database: 'unreachable' },
      { status: 503, headers: { ...NOT_STORED, 'Retry-After': String(RETRY_AFTER_SECONDS) } },
    )
  },
}
