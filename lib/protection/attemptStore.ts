import { createClient } from '@redis/client'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible'

export interface AttemptLimiterOptions {
  keyPrefix: string
  points: number
  duration: number
  blockDuration: number
}

/** Where attempts are counted: memory for one server, Redis shared by several. */
export type AttemptStore = (options: AttemptLimiterOptions) => RateLimiterAbstract

export const memoryStore: AttemptStore = (options) => new RateLimiterMemory(options)

// Without the offline queue a command fails at once while Redis is away, rather than waiting for it to return.
const newClient = (url: string) => createClient({ url, disableOfflineQueue: true })
type RedisClient = ReturnType<typeof newClient>

// One connection per process, made when the first limit is: every limit shares it.
let shared: { url: string; client: RedisClient } | undefined

function redisClient(url: string): RedisClient {
  if (shared?.url === url) return shared.client
  const client = newClient(url)
  let reported = false
  client.on('error', (error: Error) => {
    if (reported) return
    reported = true
    console.error(
      `Attempt limits: Redis unreachable (${error.message}); each instance counts alone until it returns`,
    )
  })
  client.on('ready', () => {
    if (reported) console.error('Attempt limits: Redis reachable again')
    reported = false
  })
  client.connect().catch(() => {})
  shared = { url, client }
  return client
}

/**
 * With REDIS_URL (several instances, README "Running several instances"), attempts are counted in Redis, so that a
 * client's and an account's limits hold across every instance behind the load balancer, not once per instance.
 * While Redis is away each instance counts in its own memory: sign-in keeps working, and is still limited.
 */
export function configuredAttemptStore(env: Record<string, string | undefined> = process.env): AttemptStore {
  const url = env.REDIS_URL?.trim()
  if (!url) return memoryStore
  return (options) =>
    new RateLimiterRedis({
      ...options,
      keyPrefix: `mfa:${options.keyPrefix}`,
      storeClient: redisClient(url),
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options),
    })
}
