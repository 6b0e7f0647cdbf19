// Next.js's cache for pages and cached reads, shared by every instance through Redis (next.config.mjs sets it as
// `cacheHandler` when REDIS_URL is given). `next start` imports this file itself, unbundled: plain JavaScript.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'

import { announcePagesChanged } from './pagesChanged.mjs'

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
  listenForChanges(client, `mfa:${buildId?.trim() ?? 'unbuilt'}:pages-changed`)
  return {
    // Entries of one build only: another build's pages load other scripts.
    handlers: [
      createRedisHandler({ client, keyPrefix: `mfa:${buildId?.trim() ?? 'unbuilt'}:`, timeoutMs: 2000 }),
    ],
    ttl: { defaultStaleAge: STALE_AFTER_SECONDS },
  }
})

/**
 * Each instance keeps the pages a crowd reads for a second as finished bytes (server/recentPages.mjs); a publish on
 * another instance says so on this channel, so that they are dropped at once rather than after their second.
 * @param {ReturnType<typeof createClient>} client
 * @param {string} channel
 */
function listenForChanges(client, channel) {
  const listener = client.duplicate()
  listener.on('error', () => {})
  listener
    .connect()
    .then(() => listener.subscribe(channel, () => announcePagesChanged()))
    .catch(() => {})
  // Not queued while Redis is away (the client would hold the command, and the publish with it, until it returns).
  tellOthers = async () => {
    if (client.isReady) await client.publish(channel, '1')
  }
}

/** Publishes on the channel above once a change's tags are expired in Redis. */
let tellOthers = async () => {}

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

  /** @param {Parameters<CacheHandler['revalidateTag']>[0]} tag */
  async revalidateTag(tag) {
    await super.revalidateTag(tag)
    // Redis away: the client's error listener reports it, and the others drop their copies after their second.
    await tellOthers().catch(() => {})
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (!entry?.value || !('cacheControl' in entry.value)) return entry
    const { cacheControl, ...value } = entry.value
    return { ...entry, value, cacheControl }
  }
}

export default SharedCacheHandler
