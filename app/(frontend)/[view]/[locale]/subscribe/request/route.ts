import type { NextRequest } from 'next/server'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { siteUrl } from '@/lib/config/environment'
import { payloadClient } from '@/lib/config/payloadClient'
import { subscriptionAnswer } from '@/lib/mail/subscriptionAnswers'
import {
  normaliseEmail,
  readSubscribeForm,
  requestSubscription,
  SUBSCRIBE_BODY_LIMIT,
  SubscribeLimit,
  topicName,
} from '@/lib/mail/subscriptions'
import { clientAddress } from '@/lib/protection/clientAddress'
import { readFormBody } from '@/lib/protection/formBody'
import { fromThisSite } from '@/lib/protection/sameOrigin'

// One count per server process, or in Redis for several (lib/protection/attemptStore.ts); made at the first request, as the
// sign-in and feedback limits are, so that a build never connects to Redis.
let counted: SubscribeLimit | undefined
const limit = () => (counted ??= new SubscribeLimit())

/**
 * The subscription form (app/…/subscribe/page.tsx), a plain POST. The answer is the same "check your mailbox"
 * whether the address is new or already subscribed: only the mailbox's owner learns more, by the message.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const segment = (await params).locale
  const locale = isLocale(segment) ? segment : defaultLocale
  if (!fromThisSite(request.headers, siteUrl())) return subscriptionAnswer(locale, { kind: 'crossSite' })

  const body = await readFormBody(request, SUBSCRIBE_BODY_LIMIT)
  const form = new URLSearchParams(body ?? '')
  const waitSeconds = await limit().attempt(clientAddress(request.headers), normaliseEmail(form.get('email')))
  if (waitSeconds !== undefined) return subscriptionAnswer(locale, { kind: 'tooMany', waitSeconds })

  const subscription = body === null ? null : readSubscribeForm(form)
  if (!subscription) return subscriptionAnswer(locale, { kind: 'invalid' })
  const payload = await payloadClient()
  if ((await topicName(payload, subscription.topic, subscription.language)) === undefined) {
    return subscriptionAnswer(locale, { kind: 'invalid' })
  }
  await requestSubscription(payload, subscription)
  return subscriptionAnswer(locale, { kind: 'sent', email: subscription.email })
}
