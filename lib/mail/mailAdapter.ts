import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { smtpSettings } from '@/lib/config/environment'

/** A mail server that accepts a connection and then says nothing must fail the job, to be retried, not hold it. */
const TIMEOUT_MS = 30_000

/**
 * Payload's nodemailer adapter on the SMTP server of lib/config/environment.ts; none without SMTP_HOST, and Payload then writes
 * messages to the log. One connection per message: nothing is left open to a server that went away between alerts.
 */
export function mailAdapter(): Promise<EmailAdapter> | undefined {
  const smtp = smtpSettings()
  if (!smtp) return undefined
  return nodemailerAdapter({
    defaultFromAddress: smtp.from.address,
    defaultFromName: smtp.from.name,
    // Checking the connection at start would make a server unreachable at boot look like a broken configuration.
    skipVerify: true,
    transportOptions: {
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      ...(smtp.auth && { auth: smtp.auth }),
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: TIMEOUT_MS,
    },
  })
}
