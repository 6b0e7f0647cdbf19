// Two editors, two tabs or an editor and a script saving one release: no change is lost without someone being told.
import { expect, it } from 'vitest'

import { WITHOUT_REVIEW } from '@/e2e/helpers/withoutReview'
import type { Locale } from '@/i18n/locales'
import type { PressRelease } from '@/payload-types'
import { paragraphsToRichText } from '@/seed/richText'

import { PASSWORD, type ConcurrencyContext } from './context'
import { errorMessage, rest } from '../security/rest'

const STALE_IN_KAZAKH =
  'Сіз бұл құжатты ашқаннан кейін оны басқа біреу сақтап қойды, сондықтан сіздің өзгерістеріңіз сақталмады. Оларды көшіріп алыңыз, бетті жаңартып, соңғы нұсқаға қайта енгізіңіз.'

export function conflictTests(context: () => ConcurrencyContext) {
  /** An editor's session, saving as the admin's form does: the data with the `updatedAt` it was loaded with. */
  const editor = async (language: Locale = 'en') => {
    const { payload } = context()
    const user = await context().staff('editor')
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: PASSWORD },
    })
    const headers = { Authorization: `JWT ${token}`, Cookie: `payload-lng=${language}` }
    return {
      /** What the admin's form loads: the newest draft of the language, or the document. */
      open: async (id: number, locale: Locale) =>
        (await rest('GET', `/press-releases/${id}?locale=${locale}&draft=true&depth=0`, { headers }).then(
          (answer) => answer.json(),
        )) as PressRelease,
      // Publishing here is not about review: every save carries an editor's reason and calls its change minor.
      save: (id: number, locale: Locale, data: Record<string, unknown>, query = '') =>
        rest('PATCH', `/press-releases/${id}?locale=${locale}&depth=0${query}`, {
          json: { ...data, ...WITHOUT_REVIEW },
          headers,
        }),
    }
  }
  const stored = (id: number, locale: Locale) =>
    context().payload.findByID({ collection: 'press-releases', id, locale, draft: true, depth: 0 })
  /** The texts of every language, as Payload returns them for `locale: 'all'`. */
  const allTexts = async (id: number) =>
    (await context().payload.findByID({
      collection: 'press-releases',
      id,
      locale: 'all',
      draft: true,
      depth: 0,
    })) as unknown as Record<'title' | 'summary' | 'body', Record<Locale, unknown>>

  it('refuses a save made on a version another editor has since replaced, in the editor’s language', async () => {
    const id = await context().publishedRelease()
    const first = await editor()
    const second = await editor('kk')
    const seenByFirst = await first.open(id, 'kk')
    const seenBySecond = await second.open(id, 'kk')

    const saved = await first.save(id, 'kk', { ...seenByFirst, title: 'Бірінші редактордың тақырыбы' })
    expect(saved.status).toBe(200)
    const refused = await second.save(id, 'kk', { ...seenBySecond, title: 'Екінші редактордың тақырыбы' })
    expect(refused.status).toBe(409)
    expect(await errorMessage(refused)).toBe(STALE_IN_KAZAKH)
    expect((await stored(id, 'kk')).title).toBe('Бірінші редактордың тақырыбы')

    // Opened again, the document saves.
    const reopened = await second.open(id, 'kk')
    expect(reopened.title).toBe('Бірінші редактордың тақырыбы')
    const again = await second.save(id, 'kk', { ...reopened, title: 'Екінші редактордың тақырыбы' })
    expect(again.status).toBe(200)
    expect((await stored(id, 'kk')).title).toBe('Екінші редактордың тақырыбы')
  })

  it('lets exactly one of several simultaneous saves made on the same version through', async () => {
    const id = await context().publishedRelease()
    const editors = await Promise.all([editor(), editor(), editor(), editor(), editor()])
    const seen = await editors[0]!.open(id, 'en')
    const answers = await Promise.all(
      editors.map((each, n) =>
        each.save(id, 'en', { ...seen, title: `Title by editor ${n}` }, '&draft=true'),
      ),
    )
    const statuses = answers.map((answer) => answer.status).sort()
    expect(statuses).toEqual([200, 409, 409, 409, 409])
    const winner = answers.findIndex((answer) => answer.status === 200)
    expect((await stored(id, 'en')).title).toBe(`Title by editor ${winner}`)
  })

  it('keeps every language when its translators save it at the same moment without naming a version', async () => {
    const id = await context().publishedRelease()
    const translator = await editor()
    const titles = { kk: 'Жаңа қазақша тақырып', ru: 'Новый русский заголовок', en: 'New English title' }
    const answers = await Promise.all(
      (['kk', 'ru', 'en', 'kk', 'ru', 'en'] as const).map((locale) =>
        translator.save(id, locale, { title: titles[locale] }),
      ),
    )
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200])
    expect((await allTexts(id)).title).toEqual(titles)
  })

  it('accepts a run of saves each made on the answer to the one before, as autosave and publishing do', async () => {
    const id = await context().publishedRelease()
    const author = await editor('ru')
    let current = await author.open(id, 'ru')
    for (const [n, query] of [
      '&draft=true&autosave=true',
      '&draft=true&autosave=true',
      '&draft=true',
      '',
    ].entries()) {
      const answer = await author.save(id, 'ru', { ...current, title: `Правка ${n}` }, query)
      expect(answer.status, await answer.clone().text()).toBe(200)
      current = ((await answer.json()) as { doc: PressRelease }).doc
      // The answer's version is the one the form would load now, so the next save is not taken for a stale one.
      expect(Date.parse(current.updatedAt)).toBe(Date.parse((await author.open(id, 'ru')).updatedAt))
    }
    expect((await stored(id, 'ru')).title).toBe('Правка 3')
  })

  it('refuses a save made before a script or a scheduled job changed the document, and checks no save that names no version', async () => {
    const id = await context().publishedRelease()
    const person = await editor()
    const seen = await person.open(id, 'en')
    await context().payload.update({
      collection: 'press-releases',
      id,
      locale: 'en',
      context: { disableRevalidate: true },
      data: { summary: 'Summary changed by a script' },
    })
    expect((await person.save(id, 'en', { ...seen, title: 'Too late' })).status).toBe(409)
    const withoutVersion = { ...seen, updatedAt: undefined, title: 'Saved without a version' }
    expect((await person.save(id, 'en', withoutVersion)).status).toBe(200)
    expect((await stored(id, 'en')).title).toBe('Saved without a version')
  })

  it('leaves the Kazakh and English texts as they were when the Russian one is saved', async () => {
    const id = await context().publishedRelease()
    const before = await allTexts(id)
    const person = await editor()
    const seen = await person.open(id, 'ru')
    const russian = {
      title: 'Новый русский заголовок',
      summary: 'Новое краткое содержание',
      body: paragraphsToRichText(['Новый русский текст']),
    }
    expect((await person.save(id, 'ru', { ...seen, ...russian }, '&draft=true')).status).toBe(200)
    const published = await person.open(id, 'ru')
    expect((await person.save(id, 'ru', { ...published, _status: 'published' })).status).toBe(200)

    const after = await allTexts(id)
    for (const field of ['title', 'summary', 'body'] as const) {
      expect(after[field]).toMatchObject({ kk: before[field].kk, en: before[field].en, ru: russian[field] })
    }
    for (const locale of ['kk', 'en'] as const) {
      const visitor = await context().payload.findByID({
        collection: 'press-releases',
        id,
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        depth: 0,
      })
      expect(visitor.title).toBe(before.title[locale])
    }
  })
}
