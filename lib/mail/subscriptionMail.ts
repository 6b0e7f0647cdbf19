// The messages the subscription service sends, composed in the subscriber's language from messages/{locale}.json.
// Jobs run outside any request, where next-intl's request-bound getTranslations has nothing to read: the messages are
// imported here and formatted with createTranslator.
import { createTranslator } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import en from '@/messages/en.json'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'

import { CONFIRMATION_VALID_HOURS } from './subscriptionTokens'

const MESSAGES = { kk, ru, en }

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

/** What goes to Payload's sendEmail (and on to nodemailer). */
export interface OutgoingMail {
  to: string
  subject: string
  text: string
  html: string
  headers?: Record<string, string>
  messageId?: string
}

const translators = (locale: Locale) => ({
  mail: createTranslator({ locale, messages: MESSAGES[locale], namespace: 'AlertMail' }),
  site: createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Site' }),
  subscribe: createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Subscribe' }),
})

/** A plain, single-column message that mail clients show alike; no images or scripts to block. */
function layout(locale: Locale, ministry: string, body: string, footer: string): string {
  return `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;background:#f1f5f9;font-family:Arial,Helvetica,sans-serif;color:#0f172a">
<div style="max-width:600px;margin:0 auto;background:#ffffff">
<div style="background:#0b3a5b;color:#ffffff;padding:16px 24px;font-weight:bold">${escapeHtml(ministry)}</div>
<div style="padding:24px;font-size:16px;line-height:1.5">${body}</div>
<div style="padding:16px 24px;border-top:1px solid #e2e8f0;font-size:13px;line-height:1.5;color:#475569">${footer}</div>
</div>
</body>
</html>
`
}

export interface ConfirmationMail {
  to: string
  language: Locale
  /** The chosen topic's name in that language; null for all. */
  topicName: string | null
  confirmUrl: string
}

export function confirmationMail({ to, language, topicName, confirmUrl }: ConfirmationMail): OutgoingMail {
  const t = translators(language)
  const ministry = t.site('ministry')
  const topic = topicName ?? t.subscribe('allTopics')
  const intro = t.mail('confirmIntro', { language, topic })
  const ignore = t.mail('confirmIgnore', { hours: CONFIRMATION_VALID_HOURS })
  const link = `<a href="${escapeHtml(confirmUrl)}" style="color:#0b3a5b">${escapeHtml(confirmUrl)}</a>`
  return {
    to,
    subject: t.mail('confirmSubject'),
    text: `${intro}\n\n${confirmUrl}\n\n${ignore}\n\n— ${ministry}\n`,
    html: layout(
      language,
      ministry,
      `<p>${escapeHtml(intro)}</p><p style="word-break:break-all">${link}</p>`,
      escapeHtml(ignore),
    ),
  }
}

export interface ReleaseAlert {
  to: string
  language: Locale
  title: string
  summary: string
  releaseUrl: string
  unsubscribeUrl: string
  /** The same for a retry of the same message, so that a receiving server may recognise it. */
  messageId: string
}

export function releaseAlertMail(alert: ReleaseAlert): OutgoingMail {
  const { to, language, title, summary, releaseUrl, unsubscribeUrl, messageId } = alert
  const t = translators(language)
  const ministry = t.site('ministry')
  const button =
    'display:inline-block;background:#0b3a5b;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none;font-weight:bold'
  return {
    to,
    subject: t.mail('subject', { title }),
    text: `${title}\n\n${summary}\n\n${t.mail('read')}: ${releaseUrl}\n\n—\n${t.mail('why')}\n${t.mail('unsubscribe')}: ${unsubscribeUrl}\n`,
    html: layout(
      language,
      ministry,
      `<h1 style="font-size:22px;line-height:1.3;margin:0 0 16px;color:#0b3a5b">${escapeHtml(title)}</h1>` +
        `<p style="margin:0 0 24px">${escapeHtml(summary)}</p>` +
        `<p style="margin:0"><a href="${escapeHtml(releaseUrl)}" style="${button}">${escapeHtml(t.mail('read'))}</a></p>`,
      `${escapeHtml(t.mail('why'))}<br><a href="${escapeHtml(unsubscribeUrl)}" style="color:#0b3a5b">${escapeHtml(t.mail('unsubscribe'))}</a>`,
    ),
    // RFC 8058: a mail client's own "Unsubscribe" posts to the same address, without opening a page.
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    messageId,
  }
}
