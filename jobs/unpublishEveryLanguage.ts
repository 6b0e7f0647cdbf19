import { hasLocale } from 'next-intl'
import type { SanitizedConfig, TaskHandler } from 'payload'

import { locales } from '@/i18n/locales'

/**
 * Payload's scheduled unpublish writes `_status: 'draft'` without a language, which with per-language status takes
 * down the default language only. A text withdrawn at a set time should go in every language (or in the one
 * language the schedule names), so this wraps Payload's own `schedulePublish` task; publishing is left to it.
 */
export async function unpublishEveryLanguage(
  configPromise: Promise<SanitizedConfig>,
): Promise<SanitizedConfig> {
  const config = await configPromise
  const task = config.jobs.tasks?.find((candidate) => candidate.slug === 'schedulePublish')
  const publish = task?.handler
  if (!task || typeof publish !== 'function') return config
  const handler: TaskHandler<'schedulePublish'> = async (args) => {
    const { input, req } = args
    if (input.type !== 'unpublish' || !input.doc) return publish(args)
    const user = input.user
      ? await req.payload.findByID({ collection: 'users', id: input.user.value as number, depth: 0 })
      : null
    const locale = hasLocale(locales, input.locale) ? input.locale : undefined
    await req.payload.update({
      collection: input.doc.relationTo,
      id: Number(input.doc.value),
      data: { _status: 'draft' },
      depth: 0,
      ...(locale ? { locale } : { unpublishAllLocales: true }),
      overrideAccess: user === null,
      user: user ? { ...user, collection: 'users' as const } : null,
    })
    return { output: {} }
  }
  task.handler = handler
  return config
}
