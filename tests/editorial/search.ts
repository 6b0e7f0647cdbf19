// Site search reads a trigram index that triggers (SQLite) or the engine itself (PostgreSQL) keep up to date; these
// tests make sure the index follows every kind of write, and that only what visitors may read is found.
import { describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import { paragraphsToRichText } from '@/seed/richText'

import type { EditorialContext } from './context'

export function searchTests(context: () => EditorialContext) {
  // Imported once the suite has chosen its database: the configuration reads the environment on first import.
  const search = async (locale: Locale, query: string, page = 1) => {
    const [{ searchSite }, { queryWords }] = await Promise.all([
      import('@/lib/search/searchSite'),
      import('@/lib/search/foldText'),
    ])
    return searchSite(locale, queryWords(query), page)
  }
  const found = async (locale: Locale, query: string) =>
    (await search(locale, query)).hits.map((hit) => hit.id)

  /** An editor publishes a Kazakh summary holding `words`. */
  const publishSummary = (id: number, words: string) =>
    context().payload.update({
      collection: 'press-releases',
      id,
      locale: 'kk',
      data: { summary: `Қысқаша: ${words}` },
      ...context().as('editor'),
    })

  /** A published Kazakh release whose summary holds `words`. */
  const releaseSaying = async (words: string) =>
    publishSummary((await context().createEditorial('press-releases', 'published')).id, words)

  describe('search', () => {
    it('finds a release by its new words once an edit is published, and no longer by the words replaced', async () => {
      const [before, after] = [context().unique('бұрынғы'), context().unique('жаңартылған')]
      const release = await releaseSaying(before)
      expect(await found('kk', before.toUpperCase())).toEqual([release.id])
      await publishSummary(release.id, after)
      expect(await found('kk', before)).toEqual([])
      expect(await found('kk', after)).toEqual([release.id])
    })

    it('does not find the words of a draft until it is published', async () => {
      const [published, drafted] = [context().unique('жарияланған'), context().unique('жобадағы')]
      const release = await releaseSaying(published)
      const edit = { collection: 'press-releases', id: release.id, locale: 'kk' } as const
      await context().payload.update({
        ...edit,
        draft: true,
        data: { summary: `Қысқаша: ${drafted}` },
        ...context().as('author'),
      })
      expect(await found('kk', drafted)).toEqual([])
      expect(await found('kk', published)).toEqual([release.id])
      await context().payload.update({ ...edit, data: { _status: 'published' }, ...context().as('editor') })
      expect(await found('kk', drafted)).toEqual([release.id])
    })

    it('finds a language only while it is published in it, and nothing once deleted', async () => {
      const word = context().unique('words')
      const release = await releaseSaying(context().unique('сөз'))
      const english = { collection: 'press-releases', id: release.id, locale: 'en' } as const
      await context().payload.update({
        ...english,
        data: {
          title: `Talks ${word}`,
          summary: 'Summary',
          body: paragraphsToRichText(['Text']),
          _status: 'published',
        },
        ...context().as('editor'),
      })
      expect(await found('en', word)).toEqual([release.id])
      expect(await found('kk', word)).toEqual([])
      await context().payload.update({ ...english, data: { _status: 'draft' }, ...context().as('editor') })
      expect(await found('en', word)).toEqual([])
      await context().payload.update({
        ...english,
        data: { _status: 'published' },
        ...context().as('editor'),
      })
      expect(await found('en', word)).toEqual([release.id])
      await context().payload.delete({
        collection: 'press-releases',
        id: release.id,
        ...context().as('editor'),
      })
      expect(await found('en', word)).toEqual([])
    })

    it('pages through releases and events together, newest first', async () => {
      const word = context().unique('форум')
      const day = (n: number) => new Date(Date.UTC(2025, 0, n, 6)).toISOString()
      const expected: number[] = []
      for (let n = 1; n <= 12; n++) {
        const collection = n % 3 === 0 ? 'events' : 'press-releases'
        const created = await context().createEditorial(collection, 'published')
        const date = collection === 'events' ? { startsAt: day(n) } : { publishedAt: day(n) }
        await context().payload.update({
          collection,
          id: created.id,
          locale: 'kk',
          data: { summary: `Қысқаша: ${word}`, ...date },
          ...context().as('editor'),
        })
        expected.unshift(created.id)
      }
      const first = await search('kk', word, 1)
      const second = await search('kk', word, 2)
      const beyond = await search('kk', word, 3)
      expect(first.total).toBe(12)
      expect(first.totalPages).toBe(2)
      expect([...first.hits, ...second.hits].map((hit) => hit.id)).toEqual(expected)
      expect(first.hits.map((hit) => hit.kind).slice(0, 3)).toEqual([
        'event',
        'press-release',
        'press-release',
      ])
      expect(beyond.hits).toEqual([])
    })

    it('finds words shorter than the index’s three letters, and texts with more of the query’s words first', async () => {
      const [word, other] = [context().unique('шағын'), context().unique('басқа')]
      const both = await releaseSaying(`${word} өү ${other}`)
      const one = await releaseSaying(word)
      expect(await found('kk', 'өү')).toEqual([both.id])
      expect((await found('kk', word)).sort()).toEqual([both.id, one.id].sort())
      expect(await found('kk', `${other} ${word}`)).toEqual([both.id, one.id])
    })
  })
}
