import type { Payload, PayloadRequest } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { isLocale, type Locale } from '@/i18n/locales'
import { payloadSecret } from '@/lib/config/environment'
import { absoluteUrl, paths } from '@/lib/pages/paths'
import { configuredAttemptStore, type AttemptStore } from '@/lib/protection/attemptStore'

import type { SubscriptionRequest } from './subscriptionTokens'

/** Requests per client address in the window: a person subscribes once or twice; a script mailing strangers does not get far. */
export const SUBSCRIBE_PER_CLIENT = 10
/** Confirmation messages per e-mail address in the window, so that the form cannot be used to flood someone's mailbox. */
export const SUBSCRIBE_PER_ADDRESS = 3
export const SUBSCRIBE_WINDOW_SECONDS = 60 * 60
/** The form sends an address, a language and a topic: a larger body is no request from our form. */
export const SUBSCRIBE_BODY_LIMIT = 4 * 1024
/** RFC 5321's limit on a path. */
const EMAIL_MAX_LENGTH = 254

export const MAIL_QUEUE = 'mail'

/** A plausible address: one @, no spaces, a dot in the domain. The confirmation mail is the real check. */
export function normaliseEmail(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const email = value.trim().toLowerCase()
  if (email.length > EMAIL_MAX_LENGTH) return null
  return /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/.test(email) ? email : null
}

/** The form's fields: the address, the language of the releases, and a topic's id or nothing. */
export function readSubscribeForm(form: URLSearchParams): SubscriptionRequest | null {
  const email = normaliseEmail(form.get('email'))
  const language = form.get('language')
  const topicField = form.get('topic') ?? ''
  const topic = topicField === '' ? null : Number(topicField)
  if (!email || !isLocale(language)) return null
  if (topic !== null && !(Number.isSafeInteger(topic) && topic > 0)) return null
  return { email, language, topic }
}

/** The chosen topic's name in the language, or null when none was chosen; undefined when it does not exist (or not there). */
export async function topicName(
  payload: Payload,
  topic: number | null,
  language: Locale,
): Promise<string | null | undefined> {
  if (topic === null) return null
  const found = await payload.find({
    collection: 'topics',
    where: { id: { equals: topic } },
    locale: language,
    fallbackLocale: false,
    overrideAccess: false,
    depth: 0,
    limit: 1,
  })
  return found.docs[0]?.name ?? undefined
}

/**
 * Queues the confirmation message. The same happens whether or not the address is already subscribed, so that the
 * answer tells nobody which addresses are: following the link again changes nothing.
 */
export async function requestSubscription(payload: Payload, request: SubscriptionRequest): Promise<void> {
  await payload.jobs.queue({
    task: 'sendSubscriptionConfirmation',
    queue: MAIL_QUEUE,
    input: { email: request.email, language: request.language, topic: request.topic ?? undefined },
  })
}

/** Stores a confirmed subscription, once: confirming again (a second click, a forwarded mail) changes nothing. */
export async function confirmSubscription(
  payload: Payload,
  { email, language, topic }: SubscriptionRequest,
): Promise<void> {
  const existing = await payload.find({
    collection: 'subscribers',
    where: {
      email: { equals: email },
      language: { equals: language },
      topic: topic === null ? { exists: false } : { equals: topic },
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (existing.docs.length > 0) return
  await payload.create({
    collection: 'subscribers',
    data: { email, language, topic, confirmedAt: new Date().toISOString() },
    overrideAccess: true,
  })
}

/** Ends a subscription; one already ended (a second click) is no error. */
export async function endSubscription(payload: Payload, subscriber: number): Promise<void> {
  await payload.delete({
    collection: 'subscribers',
    where: { id: { equals: subscriber } },
    overrideAccess: true,
  })
}

/** A deleted topic's subscribers asked for that topic only: they are not moved to "every release". */
export async function endTopicSubscriptions(req: PayloadRequest, topic: number | string): Promise<void> {
  await req.payload.delete({
    collection: 'subscribers',
    where: { topic: { equals: topic } },
    overrideAccess: true,
    req,
  })
}

export function confirmationUrl(language: Locale, token: string): string {
  return `${absoluteUrl(language, paths.confirmSubscription())}?token=${token}`
}

export function unsubscribeUrl(language: Locale, token: string): string {
  return `${absoluteUrl(language, paths.unsubscribe())}?token=${token}`
}

export const subscriptionSecret = () => payloadSecret()

/** Requests per client address and per e-mail address, counted as sign-ins are (lib/protection/attemptLimits.ts). */
export class SubscribeLimit {
  private readonly client
  private readonly address

  constructor({ store = configuredAttemptStore() }: { store?: AttemptStore } = {}) {
    const window = { duration: SUBSCRIBE_WINDOW_SECONDS, blockDuration: 0 }
    this.client = store({ keyPrefix: 'subscribe-client', points: SUBSCRIBE_PER_CLIENT, ...window })
    this.address = store({ keyPrefix: 'subscribe-address', points: SUBSCRIBE_PER_ADDRESS, ...window })
  }

  /** Counts a request. Undefined when it may go ahead; otherwise the seconds until the next one may. */
  async attempt(client: string, email: string | null): Promise<number | undefined> {
    const results = await Promise.allSettled([
      this.client.consume(client),
      ...(email ? [this.address.consume(email)] : []),
    ])
    let waitMs: number | undefined
    for (const result of results) {
      if (result.status === 'fulfilled') continue
      // A store that fails must not read as "too many": that error goes on to the caller.
      if (!(result.reason instanceof RateLimiterRes)) throw result.reason
      waitMs = Math.max(waitMs ?? 0, result.reason.msBeforeNext)
    }
    return waitMs === undefined ? undefined : Math.max(1, Math.ceil(waitMs / 1000))
  }
}
