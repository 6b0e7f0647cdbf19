// A slug is written from the first title in Latin letters, then stays until someone edits it.
import { describe, expect, it } from 'vitest'

import { paragraphsToRichText } from '@/seed/richText'

import type { EditorialContext } from './context'

export function slugTests(context: () => EditorialContext) {
  const draftRelease = (title: string, slug = '') => ({
    title,
    slug,
    summary: 'Қысқаша',
    body: paragraphsToRichText(['Мәтін']),
    publishedAt: new Date().toISOString(),
    _status: 'draft' as const,
  })

  describe('slugs', () => {
    it('are written from a Kazakh title, and stay when the title changes', async () => {
      const { payload } = context()
      const suffix = context().unique('x')
      const created = await payload.create({
        collection: 'press-releases',
        locale: 'kk',
        draft: true,
        data: draftRelease(`Астана мен Бішкек ${suffix}`),
        ...context().as('author'),
      })
      expect(created.slug).toBe(`astana-men-bishkek-${suffix}`)
      const renamed = await payload.update({
        collection: 'press-releases',
        id: created.id,
        locale: 'kk',
        draft: true,
        autosave: true,
        data: { title: `Қазақстан мен Қырғызстан ${suffix}`, slug: created.slug },
        ...context().as('author'),
      })
      expect(renamed.slug).toBe(created.slug)

      const published = await payload.update({
        collection: 'press-releases',
        id: created.id,
        locale: 'kk',
        data: { _status: 'published' },
        ...context().as('editor'),
      })
      const afterEdit = await payload.update({
        collection: 'press-releases',
        id: created.id,
        locale: 'kk',
        draft: true,
        autosave: true,
        data: { title: 'Мүлде басқа тақырып', slug: published.slug },
        ...context().as('editor'),
      })
      expect(afterEdit.slug).toBe(published.slug)
    })

    it('keep what an editor typed', async () => {
      const { payload } = context()
      const slug = context().unique('talks-in-bishkek')
      const created = await payload.create({
        collection: 'press-releases',
        locale: 'ru',
        draft: true,
        data: draftRelease('Переговоры в Бишкеке', slug),
        ...context().as('editor'),
      })
      expect(created.slug).toBe(slug)
    })

    it('are unique: a second text with the same address is refused with a field error', async () => {
      const { payload } = context()
      const first = await context().createEditorial('press-releases', 'published')
      await expect(
        payload.create({
          collection: 'press-releases',
          locale: 'kk',
          draft: false,
          data: { ...draftRelease('Басқа', first.slug), _status: 'published' },
          ...context().as('editor'),
        }),
      ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'slug' })] } })
    })

    it('give each copy of a text an address of its own: the original’s with -copy, then -copy-2', async () => {
      const { payload } = context()
      const original = await payload.create({
        collection: 'press-releases',
        locale: 'ru',
        draft: true,
        data: draftRelease(`Дни кино ${context().unique('x')}`),
        ...context().as('author'),
      })
      const copies = []
      for (let n = 0; n < 3; n++)
        copies.push(
          await payload.duplicate({
            collection: 'press-releases',
            id: original.id,
            locale: 'ru',
            draft: true,
            ...context().as('author'),
          }),
        )
      expect(copies.map((copy) => copy.slug)).toEqual([
        `${original.slug}-copy`,
        `${original.slug}-copy-2`,
        `${original.slug}-copy-3`,
      ])
    })
  })
}
