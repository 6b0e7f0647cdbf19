import type { NextRequest } from 'next/server'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { payloadClient } from '@/lib/config/payloadClient'
import { subscriptionAnswer } from '@/lib/mail/subscriptionAnswers'
import { endSubscription, SUBSCRIBE_BODY_LIMIT, subscriptionSecret } from '@/lib/mail/subscriptions'
import { readUnsubscribeToken } from '@/lib/mail/subscriptionTokens'
import { readFormBody } from '@/lib/protection/formBody'

type Params = { params: Promise<{ locale: string }> }

const localeOf = async ({ params }: Params) => {
  const segment = (await params).locale
  return isLocale(segment) ? segment : defaultLocale
}

/** The link in every alert: a button to press, since a mail scanner opening the link must not unsubscribe anyone. */
export async function GET(request: NextRequest, context: Params) {
  const locale = await localeOf(context)
  const token = request.nextUrl.searchParams.get('token') ?? ''
  if (readUnsubscribeToken(token, subscriptionSecret()) === null) {
    return subscriptionAnswer(locale, { kind: 'badLink' })
  }
  return subscriptionAnswer(locale, { kind: 'unsubscribe', token })
}

/**
 * The button's post, and a mail client's one-click unsubscribe (RFC 8058: a POST to the List-Unsubscribe address,
 * token in its query, body "List-Unsubscribe=One-Click"), which comes from the mail provider, not from this site.
 * The signed token is the authority; a subscription already ended is ended again without complaint.
 */
export async function POST(request: NextRequest, context: Params) {
  const locale = await localeOf(context)
  const body = await readFormBody(request, SUBSCRIBE_BODY_LIMIT)
  const token =
    new URLSearchParams(body ?? '').get('token') ?? request.nextUrl.searchParams.get('token') ?? ''
  const subscriber = readUnsubscribeToken(token, subscriptionSecret())
  if (subscriber === null) return subscriptionAnswer(locale, { kind: 'badLink' })
  await endSubscription(await payloadClient(), subscriber)
  return subscriptionAnswer(locale, { kind: 'unsubscribed' })
}
