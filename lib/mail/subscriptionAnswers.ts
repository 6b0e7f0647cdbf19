import { NextResponse } from 'next/server'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { plainPage, type PlainPageTexts } from '@/lib/forms/plainAnswerPage'
import { paths } from '@/lib/pages/paths'

import { CONFIRMATION_VALID_HOURS, type SubscriptionRequest } from './subscriptionTokens'

/** What the subscription routes answer, each a short page in the visitor's language (lib/forms/plainAnswerPage.ts). */
export type SubscriptionAnswer =
  | { kind: 'sent'; email: string }
  | { kind: 'invalid' | 'crossSite' | 'badLink' | 'expired' | 'unsubscribed' }
  | { kind: 'tooMany'; waitSeconds: number }
  | { kind: 'confirm' | 'confirmed'; request: SubscriptionRequest; topicName: string | null; token: string }
  | { kind: 'unsubscribe'; token: string }

const STATUS: Record<SubscriptionAnswer['kind'], number> = {
  sent: 200,
  confirm: 200,
  confirmed: 200,
  unsubscribe: 200,
  unsubscribed: 200,
  invalid: 400,
  badLink: 400,
  expired: 400,
  crossSite: 403,
  tooMany: 429,
}

export async function subscriptionAnswer(locale: Locale, answer: SubscriptionAnswer): Promise<NextResponse> {
  const [t, tSite] = await Promise.all([
    getTranslations({ locale, namespace: 'Subscribe' }),
    getTranslations({ locale, namespace: 'Site' }),
  ])
  const form = getPathname({ href: paths.subscribe(), locale })
  const toForm = { href: form, label: t('back') }
  const home = { href: getPathname({ href: paths.home(), locale }), label: t('home') }
  const hours = CONFIRMATION_VALID_HOURS
  // The token goes back in the body of a POST: a link only ever shows the page.
  const post = (href: string, token: string, button: string) => ({
    action: getPathname({ href, locale }),
    fields: { token },
    button,
  })
  const page = ((): Omit<PlainPageTexts, 'ministry'> => {
    switch (answer.kind) {
      case 'sent':
        return { title: t('sentTitle'), text: t('sent', { email: answer.email, hours }), back: home }
      case 'invalid':
        return { title: t('refusedTitle'), text: t('invalid'), back: toForm }
      case 'crossSite':
        return { title: t('refusedTitle'), text: t('crossSite'), back: toForm }
      case 'tooMany':
        return {
          title: t('tooManyTitle'),
          text: t('tooMany', { minutes: Math.ceil(answer.waitSeconds / 60) }),
          back: toForm,
        }
      case 'badLink':
        return { title: t('badLinkTitle'), text: t('badLink'), back: toForm }
      case 'expired':
        return { title: t('expiredTitle'), text: t('expired', { hours }), back: toForm }
      case 'confirm':
      case 'confirmed': {
        const { email, language } = answer.request
        const details = { email, language, topic: answer.topicName ?? t('allTopics') }
        if (answer.kind === 'confirmed')
          return { title: t('confirmedTitle'), text: t('confirmed', details), back: home }
        return {
          title: t('confirmTitle'),
          text: t('confirmText', details),
          back: home,
          form: post(paths.confirmSubscription(), answer.token, t('confirmButton')),
        }
      }
      case 'unsubscribe':
        return {
          title: t('unsubscribeTitle'),
          text: t('unsubscribeText'),
          back: home,
          form: post(paths.unsubscribe(), answer.token, t('unsubscribeButton')),
        }
      case 'unsubscribed':
        return { title: t('unsubscribedTitle'), text: t('unsubscribed'), back: toForm }
    }
  })()
  const status = STATUS[answer.kind]
  return new NextResponse(plainPage(locale, { ministry: tSite('ministry'), ...page }), {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
      // The token must not reach another site through the Referer of the page's links.
      'Referrer-Policy': 'no-referrer',
      ...(answer.kind === 'tooMany' && { 'Retry-After': String(answer.waitSeconds) }),
    },
  })
}
