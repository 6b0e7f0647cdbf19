import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { configuredAttemptStore, type AttemptStore } from './attemptStore'

/** How long failures are remembered, and how long a client or account waits once it has too many. */
export const ATTEMPT_WINDOW_SECONDS = 15 * 60
/** Failed sign-ins (or password-reset requests) per e-mail address; Payload locks an existing account after as many. */
export const ATTEMPTS_PER_ACCOUNT = 5
/** Per client address: a ministry's staff may share one address behind its gateway, so more than per account. */
export const ATTEMPTS_PER_CLIENT = 20

export interface AttemptKeys {
  /** The e-mail address tried, whether or not an account has it: both answer alike. */
  account: string
  client: string
}

export interface AttemptLimitsOptions {
  store?: AttemptStore
  perAccount?: number
  perClient?: number
  windowSeconds?: number
}

/** Counts sign-in attempts per account and per client; a successful one is not held against either. */
export class AttemptLimits {
  private readonly account: RateLimiterAbstract
  private readonly client: RateLimiterAbstract

  constructor({
    store = configuredAttemptStore(),
    perAccount = ATTEMPTS_PER_ACCOUNT,
    perClient = ATTEMPTS_PER_CLIENT,
    windowSeconds = ATTEMPT_WINDOW_SECONDS,
  }: AttemptLimitsOptions = {}) {
    const window = { duration: windowSeconds, blockDuration: windowSeconds }
    this.account = store({ keyPrefix: 'attempts-account', points: perAccount, ...window })
    this.client = store({ keyPrefix: 'attempts-client', points: perClient, ...window })
  }

  /** Counts an attempt. Undefined when it may go ahead; otherwise the seconds until the next one may. */
  async attempt(keys: AttemptKeys): Promise<number | undefined> {
    const results = await Promise.allSettled([
      this.account.consume(keys.account),
      this.client.consume(keys.client),
    ])
    let refused = false
    let waitMs = 0
    for (const result of results) {
      if (result.status === 'fulfilled') continue
      // A store that fails (its database gone) must not read as "too many": that error goes on to the caller.
      if (!(result.reason instanceof RateLimiterRes)) throw result.reason
      refused = true
      waitMs = Math.max(waitMs, result.reason.msBeforeNext)
    }
    return refused ? Math.max(1, Math.ceil(waitMs / 1000)) : undefined
  }

  /** The attempt succeeded: the account starts afresh (as Payload resets its count) and the client gets it back. */
  async succeeded(keys: AttemptKeys): Promise<void> {
    await Promise.all([this.account.delete(keys.account), this.client.reward(keys.client, 1)])
  }

  /** An administrator unlocked the account: its e-mail address may be tried again at once. */
  async forgetAccount(account: string): Promise<void> {
    await this.account.delete(account)
  }
}
