// A release is published language by language: the site and the API show a language only once it is published.
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { paragraphsToRichText } from '@/seed/richText'

import type { EditorialContext } from './context'

export function languageTests(context: () => EditorialContext) {
  // Imported once the suite has chosen its database: the configuration reads the environment on first import.
  const languagesOf = async (...args: Parameters<typeof import('@/lib/reads/languagesOf').languagesOf>) =>
    (await import('@/lib/reads/languagesOf')).languagesOf(...args)

  describe('a release written in Kazakh first', () => {
    it('is public in Kazakh while Russian is a draft and English is empty', async () => {
      const { payload } = context()
      const release = await context().createEditorial('press-releases', 'published')
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        locale: 'ru',
        draft: true,
        data: { title: 'Черновик на русском', summary: 'Кратко', body: paragraphsToRichText(['Текст']) },
        ...context().as('author'),
      })
      const visible = (locale: 'kk' | 'ru' | 'en', fallbackLocale: false | 'kk' = false) =>
        context().isPublicIn(release.id, locale, fallbackLocale)
      expect([await visible('kk'), await visible('ru'), await visible('en')]).toEqual([true, false, false])
      // Borrowing the Kazakh text for a Russian reader must not make the Russian draft public either.
      expect(await visible('ru', 'kk')).toBe(false)
      expect(await languagesOf('press-releases', release.slug)).toEqual(['kk'])

      // An editor publishes the Russian text when the translation is ready; Kazakh stays as it was.
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        locale: 'ru',
        data: { _status: 'published' },
        ...context().as('editor'),
      })
      expect([await visible('kk'), await visible('ru'), await visible('en')]).toEqual([true, true, false])
      expect(await languagesOf('press-releases', release.slug)).toEqual(['kk', 'ru'])
      const russian = await payload.findByID({
        collection: 'press-releases',
        id: release.id,
        locale: 'ru',
        ...context().as('visitor'),
      })
      expect(russian.title).toBe('Черновик на русском')
    })

    it('keeps the published text of a language while its next draft is written', async () => {
      const { payload } = context()
      const release = await context().createEditorial('press-releases', 'published')
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        locale: 'kk',
        draft: true,
        data: { title: 'Жаңа нұсқаның жобасы' },
        ...context().as('author'),
      })
      const asVisitor = await payload.findByID({
        collection: 'press-releases',
        id: release.id,
        locale: 'kk',
        ...context().as('visitor'),
      })
      expect(asVisitor.title).toBe(release.title)
      const asStaff = await payload.findByID({
        collection: 'press-releases',
        id: release.id,
        locale: 'kk',
        draft: true,
        ...context().as('author'),
      })
      expect(asStaff.title).toBe('Жаңа нұсқаның жобасы')
    })

    it('disappears from one language when an editor unpublishes it there, even for a visitor asking for all', async () => {
      const { payload } = context()
      const release = await context().createEditorial('press-releases', 'published')
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        locale: 'en',
        data: {
          title: 'Published in English',
          summary: 'Summary',
          body: paragraphsToRichText(['Text']),
          _status: 'published',
        },
        ...context().as('editor'),
      })
      expect(await languagesOf('press-releases', release.slug)).toEqual(['kk', 'en'])
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        locale: 'en',
        data: { _status: 'draft' },
        ...context().as('editor'),
      })
      expect(await languagesOf('press-releases', release.slug)).toEqual(['kk'])
      const all = await payload.findByID({
        collection: 'press-releases',
        id: release.id,
        locale: 'all',
        ...context().as('visitor'),
      })
      expect(all.title).toEqual({ kk: release.title })
      const staffView = await payload.findByID({
        collection: 'press-releases',
        id: release.id,
        locale: 'all',
        ...context().as('editor'),
      })
      expect(staffView.title).toEqual({ kk: release.title, en: 'Published in English' })
    })

    it('works the same for events', async () => {
      const { payload } = context()
      const event = await context().createEditorial('events', 'published')
      await payload.update({
        collection: 'events',
        id: event.id,
        locale: 'en',
        draft: true,
        data: { title: 'Draft only', location: 'Astana', summary: 'S', body: paragraphsToRichText(['B']) },
        ...context().as('author'),
      })
      expect(await languagesOf('events', event.slug)).toEqual(['kk'])
    })
  })

  describe('images', () => {
    it('must be described in each language a text is published in', async () => {
      const { payload } = context()
      const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#005eb8' } })
        .jpeg()
        .toBuffer()
      const image = await payload.create({
        collection: 'media',
        locale: 'kk',
        data: { alt: 'Министрлер кездесуі' },
        file: {
          data: jpeg,
          mimetype: 'image/jpeg',
          name: `${context().unique('meeting')}.jpg`,
          size: jpeg.length,
        },
      })
      const release = await context().createEditorial('press-releases', 'draft')
      const publishIn = (locale: 'kk' | 'ru') =>
        payload.update({
          collection: 'press-releases',
          id: release.id,
          locale,
          data: {
            title: `Title ${locale}`,
            summary: 'Summary',
            body: paragraphsToRichText(['Body']),
            heroImage: image.id,
            _status: 'published',
          },
          ...context().as('editor'),
        })
      await expect(publishIn('ru')).rejects.toMatchObject({
        status: 400,
        data: { errors: [expect.objectContaining({ path: 'heroImage' })] },
      })
      await expect(publishIn('kk')).resolves.toMatchObject({ heroImage: expect.anything() })
    })
  })
}
