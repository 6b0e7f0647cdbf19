import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

import { siteUrl } from '@/lib/config/environment'
import { MAIL_QUEUE } from '@/lib/mail/subscriptions'

const QUEUED = 'resetMailQueued'

/**
 * Payload sends the password-reset message inside the request, so a mail server that is slow or away made the
 * request wait, and then fail for a real account only: an answer that told which addresses have one. From REST (the
 * admin's "forgot password"), Payload is told to send nothing, and the message goes to the mail queue instead.
 */
export const queueResetMailInstead: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'forgotPassword' || req.payloadAPI !== 'REST') return args
  req.context[QUEUED] = true
  return { ...args, disableEmail: true }
}

/** The message Payload would have sent (its own texts, in the admin's language), queued in the request's transaction. */
export const queueResetMail: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (String(operation) !== 'forgotPassword' || !req.context[QUEUED] || typeof result !== 'string')
    return result
  const data: unknown = 'data' in args ? args.data : undefined
  const email = typeof data === 'object' && data !== null && 'email' in data ? String(data.email) : ''
  const { config } = req.payload
  const link = `${siteUrl()}${config.routes.admin}${config.admin.routes.reset}/${result}`
  await req.payload.jobs.queue({
    task: 'sendQueuedMail',
    queue: MAIL_QUEUE,
    input: {
      to: email.toLowerCase().trim(),
      subject: req.t('authentication:resetYourPassword'),
      html: `${req.t('authentication:youAreReceivingResetPassword')}\n<a href="${link}">${link}</a>\n${req.t('authentication:youDidNotRequestPassword')}`,
    },
    req,
  })
  return result
}
