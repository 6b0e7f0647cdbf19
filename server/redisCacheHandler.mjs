// Next.js's cache for pages and cached reads, shared by every instance through Redis (next.config.mjs sets it as
// `cacheHandler` when REDIS_URL is given). `next start` imports this file itself, unbundled: plain JavaScript.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'

/** A page whose expiry was lost (Redis unreachable during a publish) is served for a day and a half at most. */
const STALE_AFTER_SECONDS = 24 * 60 * 60

CacheHandler.onCreation(({ buildId }) => {
  const client = createClient({ url: process.env.REDIS_URL })
  let reported = false
  // Without a listener a lost connection would end the process; the client reconnects by itself.
  client.on('error', (error) => {
    if (reported) return
    reported = true
    console.error(
      `Shared cache: Redis unreachable (${error.message}); pages are rendered uncached until it returns`,
    )
  })
  client.on('ready', () => {
    if (reported) console.error('Shared cache: Redis reachable again')
    reported = false
  })
  // Not awaited: while Redis is away every read is a miss (a fresh render), never a hung request.
  client.connect().catch(() => {})
  return {
    // Entries of one build only: another build's pages load other scripts.
    handlers: [
      createRedisHandler({ client, keyPrefix: `mfa:${buildId?.trim() ?? 'unbuilt'}:`, timeoutMs: 2000 }),
    ],
    ttl: { defaultStaleAge: STALE_AFTER_SECONDS },
  }
})

/**
 * Next.js 16.4 remembers a page's lifetime (`cacheControl`) in the instance that rendered it; another instance reading
 * the entry treats a page it never rendered as stale after one second (served, then rendered again in the background)
 * unless the handler returns the lifetime with the entry. The library (3.3.0) does not keep it, so it travels inside
 * the stored value.
 */
class SharedCacheHandler extends CacheHandler {
  async set(key, data, ctx) {
    const cacheControl = ctx && 'cacheControl' in ctx ? ctx.cacheControl : undefined
    return super.set(key, data && cacheControl ? { ...data, cacheControl } : data, ctx)
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (!entry?.value || !('cacheControl' in entry.value)) return entry
    const { cacheControl, ...value } = entry.value
    return { ...entry, value, cacheControl }
  }
}

export default SharedCacheHandler
