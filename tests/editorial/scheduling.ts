// Publishing at a set time is a Payload job; the server runs due jobs itself (payload.config.ts `jobs.autoRun`),
// here they are run explicitly so the test controls the clock.
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { paragraphsToRichText } from '@/seed/richText'

import type { Actor, EditorialContext } from './context'
import { dueNow } from '../helpers/jobs'

export function schedulingTests(context: () => EditorialContext) {
  /** Queues a publication job due in `inSeconds`, or at once when 0. */
  const schedule = (
    id: number,
    type: 'publish' | 'unpublish',
    locale: string,
    by: Actor,
    inSeconds: number,
  ) => {
    const user = context().users.get(by)
    return context().payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: inSeconds === 0 ? dueNow() : new Date(Date.now() + inSeconds * 1000),
      input: {
        type,
        locale,
        doc: { relationTo: 'press-releases', value: id },
        ...(user ? { user: { relationTo: 'users', value: user.id } } : {}),
      },
    })
  }
  const statusIn = async (id: number, locale: 'kk' | 'ru') =>
    (await context().isPublicIn(id, locale)) ? 'published' : 'not public'
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  describe('scheduled publishing', () => {
    it('publishes one language at the time an editor set, not before, and unpublishes it later', async () => {
      const { payload } = context()
      const release = await context().createEditorial('press-releases', 'published')
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        locale: 'ru',
        draft: true,
        data: { title: 'Запланированный текст', summary: 'Кратко', body: paragraphsToRichText(['Текст']) },
      })
      await schedule(release.id, 'publish', 'ru', 'editor', 1.5)
      await payload.jobs.run()
      expect(await statusIn(release.id, 'ru')).toBe('not public')

      await wait(1600)
      await payload.jobs.run()
      expect(await statusIn(release.id, 'ru')).toBe('published')
      expect(await statusIn(release.id, 'kk')).toBe('published')

      await schedule(release.id, 'unpublish', 'ru', 'editor', 0)
      await payload.jobs.run()
      expect(await statusIn(release.id, 'ru')).toBe('not public')
      expect(await statusIn(release.id, 'kk')).toBe('published')
    })

    it('unpublishes every language when the schedule names none', async () => {
      const { payload } = context()
      const release = await context().createEditorial('press-releases', 'published')
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        locale: 'ru',
        data: {
          title: 'Опубликовано',
          summary: 'Кратко',
          body: paragraphsToRichText(['Текст']),
          _status: 'published',
        },
      })
      await payload.jobs.queue({
        task: 'schedulePublish',
        waitUntil: dueNow(),
        input: { type: 'unpublish', doc: { relationTo: 'press-releases', value: release.id } },
      })
      await payload.jobs.run()
      expect([await statusIn(release.id, 'kk'), await statusIn(release.id, 'ru')]).toEqual([
        'not public',
        'not public',
      ])
    })

    it('does not publish what an author scheduled: the job runs with the author’s rights', async () => {
      const { payload } = context()
      const draft = await context().createEditorial('press-releases', 'draft')
      const job = await schedule(draft.id, 'publish', 'kk', 'author', 0)
      await payload.jobs.run()
      expect(await statusIn(draft.id, 'kk')).toBe('not public')
      // Because the job ran and was refused, not because it was not yet due.
      const ran = await payload.findByID({ collection: 'payload-jobs', id: job.id })
      expect({ tried: ran.totalTried, failed: ran.hasError }).toEqual({ tried: 1, failed: true })
    })

    it('lets only editors and administrators schedule', async () => {
      const { payload } = context()
      const draft = await context().createEditorial('press-releases', 'draft')
      for (const actor of ['visitor', 'author'] as const) {
        await expect(
          payload.jobs.queue({
            task: 'schedulePublish',
            waitUntil: dueNow(),
            input: { type: 'publish', locale: 'kk', doc: { relationTo: 'press-releases', value: draft.id } },
            overrideAccess: false,
            req: await createLocalReq({ user: context().staffUser(actor) }, payload),
          }),
        ).rejects.toMatchObject({ status: 403 })
      }
    })
  })
}
