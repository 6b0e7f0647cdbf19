import type { Payload, TaskConfig, Where } from 'payload'

import { isLocale } from '@/i18n/locales'
import { confirmationMail, releaseAlertMail } from '@/lib/mail/subscriptionMail'
import { confirmationUrl, subscriptionSecret, topicName, unsubscribeUrl } from '@/lib/mail/subscriptions'
import { confirmationToken, unsubscribeToken } from '@/lib/mail/subscriptionTokens'
import { absoluteUrl, paths } from '@/lib/pages/paths'

/**
 * A mail server that is down or slow fails the task; Payload runs it again later, waiting twice as long each time:
 * a minute, two, four… about 34 hours in all before it gives up, so an outage over a weekend loses nothing.
 */
export const MAIL_RETRIES = { attempts: 12, backoff: { type: 'exponential' as const, delay: 60_000 } }

/** Subscribers read at a time: a long list is sent in pages, never held in memory at once. */
const PAGE = 100

export const sendSubscriptionConfirmation: TaskConfig<{
  input: { email: string; language: string; topic?: number | null }
  output: object
}> = {
  slug: 'sendSubscriptionConfirmation',
  retries: MAIL_RETRIES,
  inputSchema: [
    { name: 'email', type: 'email', required: true },
    { name: 'language', type: 'text', required: true },
    { name: 'topic', type: 'number' },
  ],
  handler: async ({ input, req }) => {
    const { email, language } = input
    const topic = input.topic ?? null
    if (!isLocale(language)) return { output: {} }
    const name = await topicName(req.payload, topic, language)
    // The topic was deleted or unpublished meanwhile: there is nothing left to subscribe to.
    if (name === undefined) return { output: {} }
    // Signed when sent, so that a message delayed by a mail-server outage still gives the full time to confirm.
    const token = confirmationToken({ email, language, topic }, subscriptionSecret())
    await req.payload.sendEmail(
      confirmationMail({
        to: email,
        language,
        topicName: name,
        confirmUrl: confirmationUrl(language, token),
      }),
    )
    return { output: {} }
  },
}

export const sendReleaseAlerts: TaskConfig<{ input: { dispatch: number }; output: object }> = {
  slug: 'sendReleaseAlerts',
  retries: MAIL_RETRIES,
  inputSchema: [{ name: 'dispatch', type: 'number', required: true }],
  // No `req` goes to the writes below: each is its own transaction, committed at once, so the progress recorded after
  // every message survives the failure of the next one.
  handler: async ({ input, req }) => {
    await sendDispatch(req.payload, input.dispatch)
    return { output: {} }
  },
}

/**
 * Sends a release's alert in one language to each confirmed subscriber of that language whose topic is none or one
 * of the release's, in the order of their ids, recording after each message the last one sent. A run that fails
 * (the mail server refused or timed out) is retried by Payload and resumes after that subscriber: nobody gets the
 * message twice, and nobody is skipped. Only one instance runs jobs at a time (jobs/runnerLock.ts).
 */
export async function sendDispatch(payload: Payload, id: number): Promise<void> {
  const found = await payload.find({
    collection: 'alert-dispatches',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const dispatch = found.docs[0]
  if (!dispatch || dispatch.finishedAt || !isLocale(dispatch.language)) return
  const language = dispatch.language
  const releaseId = typeof dispatch.release === 'object' ? dispatch.release.id : dispatch.release
  const releases = await payload.find({
    collection: 'press-releases',
    where: { id: { equals: releaseId }, _status: { equals: 'published' } },
    locale: language,
    fallbackLocale: false,
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const release = releases.docs[0]
  let lastSubscriber: number = dispatch.lastSubscriber ?? 0
  let sent: number = dispatch.sent ?? 0
  // Unpublished or withdrawn in this language before the alert went out: announce nothing.
  if (release?.title && release.summary && release.slug && !release.withdrawn) {
    const topics = (release.topics ?? []).map((topic) => (typeof topic === 'object' ? topic.id : topic))
    const audience: Where = {
      language: { equals: language },
      or: [{ topic: { exists: false } }, ...(topics.length ? [{ topic: { in: topics } }] : [])],
    }
    const releaseUrl = absoluteUrl(language, paths.pressRelease(release.slug))
    const host = new URL(releaseUrl).hostname
    for (;;) {
      const page = await payload.find({
        collection: 'subscribers',
        where: { and: [audience, { id: { greater_than: lastSubscriber } }] },
        sort: 'id',
        limit: PAGE,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      for (const subscriber of page.docs) {
        await payload.sendEmail(
          releaseAlertMail({
            to: subscriber.email,
            language,
            title: release.title,
            summary: release.summary,
            releaseUrl,
            unsubscribeUrl: unsubscribeUrl(language, unsubscribeToken(subscriber.id, subscriptionSecret())),
            messageId: `<alert-${dispatch.id}-${subscriber.id}@${host}>`,
          }),
        )
        lastSubscriber = subscriber.id
        sent += 1
        await payload.update({
          collection: 'alert-dispatches',
          id: dispatch.id,
          data: { lastSubscriber, sent },
          depth: 0,
          overrideAccess: true,
        })
      }
      if (page.docs.length < PAGE) break
    }
  }
  await payload.update({
    collection: 'alert-dispatches',
    id: dispatch.id,
    data: { finishedAt: new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
  })
}

/**
 * A message made while answering a request, sent from the queue: a password-reset request answers at once and the
 * same whether or not the account exists, while the mail server is slow or away (collections/Users/hooks/queueResetMail.ts).
 */
export const sendQueuedMail: TaskConfig<{
  input: { to: string; subject: string; html: string }
  output: object
}> = {
  slug: 'sendQueuedMail',
  retries: MAIL_RETRIES,
  inputSchema: [
    { name: 'to', type: 'email', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'textarea', required: true },
  ],
  handler: async ({ input, req }) => {
    await req.payload.sendEmail({ to: input.to, subject: input.subject, html: input.html })
    return { output: {} }
  },
}
