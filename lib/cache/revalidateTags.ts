import { createHmac, timingSafeEqual } from 'node:crypto'

import { revalidateTag } from 'next/cache'

import { internalUrl, payloadSecret } from '@/lib/config/environment'
import { announcePagesChanged } from '@/server/pagesChanged.mjs'

import type { CacheTag } from './tags'

export const REVALIDATE_ENDPOINT = '/revalidate'

/** Proves a revalidation request comes from this deployment: derived from the secret every instance shares. */
export function revalidationToken(secret = payloadSecret()): string {
  return createHmac('sha256', secret).update('revalidate cache tags').digest('hex')
}

export function isRevalidationToken(candidate: string | null): boolean {
  if (!candidate) return false
  const expected = Buffer.from(revalidationToken())
  const given = Buffer.from(candidate)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * Expires the tags at once, so the first visitor after a publish already gets the new text (`{ expire: 0 }`; the
 * 'max' profile would serve the old page once more). Next.js revalidates only inside a request; code running
 * outside one (a scheduled job) says so, and asks this server to do it through Payload's endpoint
 * (`/api/revalidate`). It must say so: a timer started during a request may still carry that request's finished
 * context, in which `revalidateTag` neither works nor throws.
 */
export async function revalidateTags(
  tags: readonly CacheTag[],
  { outsideRequest = false }: { outsideRequest?: boolean } = {},
): Promise<void> {
  // Not inside Next.js (seed scripts, integration tests): nothing is cached, nothing to refresh.
  if (!process.env.NEXT_RUNTIME) return
  if (outsideRequest) return requestRevalidation(tags)
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    announcePagesChanged()
  } catch (error) {
    // Outside a request ("store missing") or inside a page render, Next.js refuses; a request of our own works.
    const refused = error instanceof Error && /store missing|during render/.test(error.message)
    if (!refused) throw error
    await requestRevalidation(tags)
  }
}

async function requestRevalidation(tags: readonly CacheTag[]): Promise<void> {
  const response = await fetch(`${internalUrl()}/api${REVALIDATE_ENDPOINT}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${revalidationToken()}` },
    body: JSON.stringify({ tags }),
  })
  if (!response.ok) throw new Error(`Revalidating ${tags.join(', ')} failed: HTTP ${response.status}`)
}
