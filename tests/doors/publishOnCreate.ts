// One POST that creates and publishes, as a script or an import sends it: the slug comes from the title in any script.
import { expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import { paragraphsToRichText } from '@/seed/richText'

import { restAs } from './staffRest'
import type { SecurityContext } from '../security/context'

const TITLES: Record<Locale, [string, string]> = {
  kk: ['Қазақстан мен Өзбекстан келіссөздері', 'qazaqstan-men-ozbekstan-kelissozderi'],
  ru: ['Переговоры в Ташкенте', 'peregovory-v-tashkente'],
  en: ['Talks in Tashkent', 'talks-in-tashkent'],
}

export function publishOnCreateTests(context: () => SecurityContext) {
  const release = (title: string, extra: Record<string, unknown> = {}) => ({
    title,
    summary: 'Қысқаша',
    body: paragraphsToRichText(['Мәтін']),
    publishedAt: '2026-02-13T05:00:00.000Z',
    _status: 'published',
    ...extra,
  })

  it.each(Object.keys(TITLES) as Locale[])(
    'publishes a release created without a slug in %s, its slug written from the title',
    async (locale) => {
      const editor = await restAs(context(), 'editor')
      const [title, slug] = TITLES[locale]
      const suffix = context().unique('n')
      const answer = await editor('POST', `/press-releases?locale=${locale}`, {
        json: release(`${title} ${suffix}`, { publishReason: 'Imported from the archive.' }),
      })
      expect(answer.status, await answer.clone().text()).toBe(201)
      const { doc } = (await answer.json()) as { doc: { id: number; slug: string; _status: string } }
      expect(doc.slug).toBe(`${slug}-${suffix}`)
      const visitor = await restAs(context(), 'visitor')
      expect((await visitor('GET', `/press-releases/${doc.id}?locale=${locale}`)).status).toBe(200)
    },
  )

  it('asks an editor for the reason of a publish without review, naming the field, and stores nothing', async () => {
    const editor = await restAs(context(), 'editor')
    const title = `Talks ${context().unique('unreviewed')}`
    const answer = await editor('POST', '/press-releases?locale=en', { json: release(title) })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(await answer.json())).toContain('publishReason')
    const stored = await context().payload.count({
      collection: 'press-releases',
      where: { title: { equals: title } },
    })
    expect(stored.totalDocs).toBe(0)
  })
}
