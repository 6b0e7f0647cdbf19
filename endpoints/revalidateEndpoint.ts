import type { Endpoint } from 'payload'

import { isRevalidationToken, REVALIDATE_ENDPOINT, revalidateTags } from '@/lib/cache/revalidateTags'
import { isCacheTag } from '@/lib/cache/tags'

/**
 * POST /api/revalidate with the deployment's token: how work done outside a request (a scheduled publish) refreshes
 * the public pages. Only known tags are accepted; anything else is a 400, a wrong token a 401.
 */
export const revalidateEndpoint: Endpoint = {
  path: REVALIDATE_ENDPOINT,
  method: 'post',
  handler: async (req) => {
    const token = req.headers.get('authorization')?.replace(/^Bearer /, '') ?? null
    if (!isRevalidationToken(token)) return Response.json({ error: 'Unauthorized' }, { status: 401 })
    const body: unknown = await req.json?.().catch(() => null)
    const tags = body && typeof body === 'object' && 'tags' in body ? body.tags : null
    if (!Array.isArray(tags) || tags.length === 0 || !tags.every(isCacheTag)) {
      return Response.json({ error: 'Expected {"tags": [...]} with known cache tags' }, { status: 400 })
    }
    await revalidateTags(tags)
    return Response.json({ revalidated: tags })
  },
}
