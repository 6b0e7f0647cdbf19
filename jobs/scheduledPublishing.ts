import type { SanitizedConfig, TaskHandler } from 'payload'

import { isLocale } from '@/i18n/locales'
import { revalidateTags } from '@/lib/cache/revalidateTags'
import { STALE_AFTER_CHANGE } from '@/lib/cache/tags'

/**
 * Adapts Payload's own `schedulePublish` task to this site in two ways:
 * - Its scheduled unpublish writes `_status: 'draft'` without a language, which with per-language status takes down
 *   the default language only; a text withdrawn at a set time goes in every language (or in the one it names).
 * - It runs on a timer, outside any request, where Next.js's `revalidateTag` from the hooks has no effect; once the
 *   change is saved, the task asks the server to refresh the pages showing it.
 */
export async function scheduledPublishing(configPromise: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const config = await configPromise
  const task = config.jobs.tasks?.find((candidate) => candidate.slug === 'schedulePublish')
  const publish = task?.handler
  if (!task || typeof publish !== 'function') return config
  const unpublish: TaskHandler<'schedulePublish'> = async ({ input, req }) => {
    if (!input.doc) return { output: {} }
    const user = input.user
      ? await req.payload.findByID({ collection: 'users', id: input.user.value as number, depth: 0 })
      : null
    const locale = isLocale(input.locale) ? input.locale : undefined
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
  const handler: TaskHandler<'schedulePublish'> = async (args) => {
    const { input } = args
    const result = input.type === 'unpublish' && input.doc ? await unpublish(args) : await publish(args)
    const changed = input.doc?.relationTo ?? input.global
    if (changed && changed in STALE_AFTER_CHANGE) {
      await revalidateTags(STALE_AFTER_CHANGE[changed as keyof typeof STALE_AFTER_CHANGE], {
        outsideRequest: true,
      })
    }
    return result
  }
  task.handler = handler
  return config
}
