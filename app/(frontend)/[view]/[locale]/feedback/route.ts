import { type NextRequest, NextResponse } from 'next/server'
import { getTranslations } from 'next-intl/server'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/config/environment'
import { payloadClient } from '@/lib/config/payloadClient'
import {
  FEEDBACK_BODY_LIMIT,
  FEEDBACK_COMMENT_MAX_LENGTH,
  FEEDBACK_THANKS_ID,
  FeedbackLimit,
  readFeedbackForm,
  recordFeedback,
} from '@/lib/forms/feedback'
import { plainPage } from '@/lib/forms/plainAnswerPage'
import { clientAddress } from '@/lib/protection/clientAddress'
import { readFormBody } from '@/lib/protection/formBody'
import { safeReturnPath } from '@/lib/protection/returnPath'
import { fromThisSite } from '@/lib/protection/sameOrigin'

// One count per server process or shared through Redis, as for sign-ins (collections/Users/hooks/limitAttempts.ts),
// and made at the first answer likewise.
let counted: FeedbackLimit | undefined
const limit = () => (counted ??= new FeedbackLimit())

async function refusal(
  locale: Locale,
  status: 400 | 403 | 429,
  back: string,
  waitSeconds = 0,
): Promise<NextResponse> {
  const [t, tSite] = await Promise.all([
    getTranslations({ locale, namespace: 'Feedback' }),
    getTranslations({ locale, namespace: 'Site' }),
  ])
  const tooMany = status === 429
  const html = plainPage(locale, {
    ministry: tSite('ministry'),
    title: tooMany ? t('tooManyTitle') : t('refusedTitle'),
    text:
      status === 429
        ? t('tooMany', { minutes: Math.ceil(waitSeconds / 60) })
        : status === 403
          ? t('crossSite')
          : t('invalid', { max: FEEDBACK_COMMENT_MAX_LENGTH }),
    back: { href: back, label: t('back') },
  })
  return new NextResponse(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
      ...(tooMany && { 'Retry-After': String(waitSeconds) }),
    },
  })
}

/**
 * "Is this page useful?" (components/FeedbackForm), a plain form POST. Only from a page of this site, and at most
 * FEEDBACK_PER_CLIENT answers per client address in the window; the answer is stored (without the address) and the
 * visitor goes back to the page's thanks. Refusals are short pages in the page's language: 403 from another site,
 * 429 with Retry-After over the limit, 400 for anything our form does not send.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const segment = (await params).locale
  const locale = isLocale(segment) ? segment : defaultLocale
  const home = `/${locale}`
  if (!fromThisSite(request.headers, siteUrl())) return refusal(locale, 403, home)

  const body = await readFormBody(request, FEEDBACK_BODY_LIMIT)
  const form = new URLSearchParams(body ?? '')
  const page = safeReturnPath(form.get('page'))
  const back = page?.startsWith(`${home}/`) || page === home ? page : home

  const waitSeconds = await limit().attempt(clientAddress(request.headers))
  if (waitSeconds !== undefined) return refusal(locale, 429, back, waitSeconds)

  const read = body === null ? null : readFeedbackForm(form, locale)
  if (!read || 'problem' in read) return refusal(locale, 400, back)
  await recordFeedback(await payloadClient(), read.submission)
  // A relative Location: the browser resolves it against this site, whatever the Host header said.
  return new NextResponse(null, {
    status: 303,
    headers: {
      Location: `${read.submission.page}#${FEEDBACK_THANKS_ID}`,
      'Cache-Control': 'no-store',
    },
  })
}
