import type { NextRequest } from 'next/server'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { payloadClient } from '@/lib/config/payloadClient'
import { subscriptionAnswer } from '@/lib/mail/subscriptionAnswers'
import {
  confirmSubscription,
  SUBSCRIBE_BODY_LIMIT,
  subscriptionSecret,
  topicName,
} from '@/lib/mail/subscriptions'
import { readConfirmationToken } from '@/lib/mail/subscriptionTokens'
import { readFormBody } from '@/lib/protection/formBody'

type Params = { params: Promise<{ locale: string }> }

async function answer(request: NextRequest, { params }: Params, token: string | null, confirm: boolean) {
  const segment = (await params).locale
  const locale = isLocale(segment) ? segment : defaultLocale
  const read = readConfirmationToken(token ?? '', subscriptionSecret())
  if (read === 'expired') return subscriptionAnswer(locale, { kind: 'expired' })
  if (read === 'invalid' || !token) return subscriptionAnswer(locale, { kind: 'badLink' })
  const payload = await payloadClient()
  const name = await topicName(payload, read.topic, read.language)
  // The topic was deleted since: there is nothing left to subscribe to.
  if (name === undefined) return subscriptionAnswer(locale, { kind: 'badLink' })
  if (confirm) await confirmSubscription(payload, read)
  return subscriptionAnswer(locale, {
    kind: confirm ? 'confirmed' : 'confirm',
    request: read,
    topicName: name,
    token,
  })
}

/**
 * The link in the confirmation message shows a button and changes nothing: mail scanners and link previews open
 * links, and must not subscribe anyone. The button posts the token back here, without needing a script.
 */
export function GET(request: NextRequest, context: Params) {
  return answer(request, context, request.nextUrl.searchParams.get('token'), false)
}

export async function POST(request: NextRequest, context: Params) {
  const body = await readFormBody(request, SUBSCRIBE_BODY_LIMIT)
  return answer(request, context, new URLSearchParams(body ?? '').get('token'), true)
}
