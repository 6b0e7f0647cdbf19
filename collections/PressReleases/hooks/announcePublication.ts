import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { MAIL_QUEUE } from '@/lib/mail/subscriptions'

/** The languages a release is published in now, as this save left it (the same transaction). */
async function publishedLanguages(req: PayloadRequest, id: number): Promise<Locale[]> {
  const release = await req.payload.findByID({
    collection: 'press-releases',
    id,
    locale: 'all',
    depth: 0,
    draft: false,
    overrideAccess: true,
    req,
  })
  const status: unknown = release._status
  if (typeof status === 'string') return status === 'published' ? [...locales] : []
  const byLocale = (status ?? {}) as Partial<Record<string, unknown>>
  return locales.filter((locale) => byLocale[locale] === 'published')
}

/**
 * When a publish leaves a release published in a language it was never announced in, the alert to that language's
 * subscribers is queued on the `mail` queue, in the publish's own transaction: a publish that fails queues nothing,
 * and the publish never waits for the mail server. The dispatch record makes it once per release and language: a
 * re-save, or a publish after a withdrawal, announces nothing. Releases published before alerts existed were marked
 * as announced by the migration that added them.
 */
export const announcePublication: CollectionAfterChangeHook = async ({ doc, data, req }) => {
  if (data?._status !== 'published') return doc
  for (const language of await publishedLanguages(req, doc.id)) {
    const announced = await req.payload.count({
      collection: 'alert-dispatches',
      where: { release: { equals: doc.id }, language: { equals: language } },
      overrideAccess: true,
      req,
    })
    if (announced.totalDocs > 0) continue
    const audience = await req.payload.count({
      collection: 'subscribers',
      where: { language: { equals: language } },
      overrideAccess: true,
      req,
    })
    const dispatch = await req.payload.create({
      collection: 'alert-dispatches',
      // With nobody to tell, the release is marked announced at once, and no job is queued.
      data: {
        release: doc.id,
        language,
        ...(audience.totalDocs === 0 && { finishedAt: new Date().toISOString() }),
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    if (audience.totalDocs === 0) continue
    await req.payload.jobs.queue({
      task: 'sendReleaseAlerts',
      queue: MAIL_QUEUE,
      input: { dispatch: dispatch.id },
      req,
    })
  }
  return doc
}

/** A deleted release takes its dispatch records along (they name it); an alert not yet sent is then not sent. */
export const forgetAnnouncements: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'alert-dispatches',
    where: { release: { equals: id } },
    overrideAccess: true,
    req,
  })
}
