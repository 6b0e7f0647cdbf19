// Issue #24, the translation newsroom: each text's source language, translations marked outdated by a significant
// change of their source and cleared by publishing them or by an editor, and the translation queue's counts, through
// REST as the admin sends it, on the engine of the Vitest project.
import { describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import type { PressRelease } from '@/payload-types'
import { paragraphsToRichText } from '@/seed/richText'

import { testEngine } from './helpers/engine'
import { PASSWORD, suiteContext } from './security/context'
import { rest, signIn, SITE } from './security/rest'

const { kind, createDatabase } = testEngine()

const TEXTS: Record<Locale, { title: string; summary: string; body: string }> = {
  kk: {
    title: 'Министр Бішкекте келіссөздер жүргізді',
    summary: 'Қазақстан мен Қырғызстан сыртқы істер министрлерінің кездесуі',
    body: 'Тараптар екіжақты ынтымақтастықты талқылады.',
  },
  ru: {
    title: 'Министр провёл переговоры в Бишкеке',
    summary: 'Встреча министров иностранных дел Казахстана и Кыргызстана',
    body: 'Стороны обсудили двустороннее сотрудничество.',
  },
  en: {
    title: 'The Minister held talks in Bishkek',
    summary: 'Meeting of the foreign ministers of Kazakhstan and Kyrgyzstan',
    body: 'The parties discussed bilateral cooperation.',
  },
}

type Translations = PressRelease['translations']

describe(`translating on ${kind}`, () => {
  const get = suiteContext('translation', kind, createDatabase)

  async function session(role: 'author' | 'editor') {
    const user = await get().staff(role)
    return signIn(user.email, PASSWORD, get().client())
  }

  /** A save as the admin sends it: in one language, a draft or a publish. */
  async function save(
    cookie: string,
    locale: Locale,
    data: Record<string, unknown>,
    { id, draft = false }: { id?: number; draft?: boolean } = {},
  ): Promise<number> {
    const query = `locale=${locale}&fallback-locale=none${draft ? '&draft=true' : ''}`
    const response = await rest(id ? 'PATCH' : 'POST', `/press-releases${id ? `/${id}` : ''}?${query}`, {
      json: { ...data, _status: draft ? 'draft' : 'published' },
      headers: { Cookie: `${cookie}; payload-lng=${locale}`, Origin: SITE },
    })
    expect([200, 201], await response.clone().text()).toContain(response.status)
    return ((await response.json()) as { doc: { id: number } }).doc.id
  }

  const text = (locale: Locale) => ({
    title: `${TEXTS[locale].title} ${get().unique('t')}`,
    summary: TEXTS[locale].summary,
    body: paragraphsToRichText([TEXTS[locale].body]),
  })

  /** Written in Kazakh and published, translated into Russian (published) and English (a draft). */
  async function translatedRelease(editor: string): Promise<number> {
    const id = await save(editor, 'kk', {
      ...text('kk'),
      slug: get().unique('release'),
      publishedAt: '2026-02-13T05:00:00.000Z',
      publishReason: 'Шұғыл',
    })
    await save(editor, 'ru', { ...text('ru'), publishReason: 'Срочно' }, { id })
    await save(editor, 'en', text('en'), { id, draft: true })
    return id
  }

  const changeKazakh = (editor: string, id: number, changeKind: 'significant' | 'minor') =>
    save(
      editor,
      'kk',
      {
        summary: `${TEXTS.kk.summary}: уақыты нақтыланды`,
        changeKind,
        changeNote: changeKind === 'significant' ? 'Кездесу уақыты нақтыланды.' : undefined,
        publishReason: 'Шұғыл',
      },
      { id },
    )

  /** The state as the admin shows it: the latest draft, read through REST by staff. */
  async function adminState(cookie: string, id: number, draft = true) {
    const response = await rest(
      'GET',
      `/press-releases/${id}?depth=0&locale=kk${draft ? '&draft=true' : ''}`,
      {
        headers: { Cookie: cookie, Origin: SITE },
      },
    )
    expect(response.status).toBe(200)
    return (await response.json()) as { sourceLanguage?: Locale; translations?: Translations }
  }

  const outdated = (translations: Translations | undefined) =>
    (['kk', 'ru', 'en'] as const).filter((locale) => Boolean(translations?.[locale]?.outdatedSince))

  it('keeps the language a text was first written in, which an editor may change and an author may not', async () => {
    const author = await session('author')
    const editor = await session('editor')
    const id = await save(
      author,
      'ru',
      { ...text('ru'), slug: get().unique('source'), publishedAt: '2026-02-13T05:00:00.000Z' },
      { draft: true },
    )
    expect((await adminState(author, id)).sourceLanguage).toBe('ru')
    await save(author, 'kk', text('kk'), { id, draft: true })
    expect((await adminState(author, id)).sourceLanguage).toBe('ru')
    await save(author, 'kk', { sourceLanguage: 'kk' }, { id, draft: true })
    expect((await adminState(author, id)).sourceLanguage).toBe('ru')
    await save(editor, 'kk', { sourceLanguage: 'kk' }, { id, draft: true })
    expect((await adminState(editor, id)).sourceLanguage).toBe('kk')
    // The published row says the same: REST without drafts, and the site, read it.
    expect((await adminState(editor, id, false)).sourceLanguage).toBe('kk')
  })

  it('marks every other written language outdated on a significant change of the source, not on a minor one', async () => {
    const editor = await session('editor')
    const minor = await translatedRelease(editor)
    await changeKazakh(editor, minor, 'minor')
    expect(outdated((await adminState(editor, minor)).translations)).toEqual([])

    const before = Date.now()
    const id = await translatedRelease(editor)
    await changeKazakh(editor, id, 'significant')
    const state = await adminState(editor, id)
    expect(outdated(state.translations)).toEqual(['ru', 'en'])
    expect(Date.parse(state.translations?.ru?.outdatedSince ?? '')).toBeGreaterThanOrEqual(before - 1000)
    // REST without drafts, as a script reads it, gives the same as the admin.
    expect(outdated((await adminState(editor, id, false)).translations)).toEqual(['ru', 'en'])

    // A second significant change keeps the date of the first: the translation fell behind then.
    const first = state.translations?.ru?.outdatedSince
    await changeKazakh(editor, id, 'significant')
    expect((await adminState(editor, id)).translations?.ru?.outdatedSince).toBe(first)
  })

  it('clears a language by publishing it, or by an editor’s "checked, still right", never by an author', async () => {
    const editor = await session('editor')
    const author = await session('author')
    const id = await translatedRelease(editor)
    await changeKazakh(editor, id, 'significant')

    await save(editor, 'ru', { changeKind: 'minor', publishReason: 'Срочно' }, { id })
    expect(outdated((await adminState(editor, id)).translations)).toEqual(['en'])

    await save(author, 'en', { translations: { en: { checked: true } } }, { id, draft: true })
    expect(outdated((await adminState(editor, id)).translations)).toEqual(['en'])
    await save(editor, 'en', { translations: { en: { checked: true } } }, { id, draft: true })
    const cleared = await adminState(editor, id)
    expect(outdated(cleared.translations)).toEqual([])
    expect(cleared.translations?.en?.checked).toBe(false)
    // Saved as a draft, yet the published row agrees: the queue, the site and REST read it.
    expect(outdated((await adminState(editor, id, false)).translations)).toEqual([])
  })

  it('shows visitors the notice an editor chose, only while the translation is outdated, and never the date', async () => {
    const editor = await session('editor')
    const id = await translatedRelease(editor)
    await save(editor, 'ru', { translations: { ru: { notice: true } } }, { id, draft: true })
    expect((await adminState(editor, id)).translations?.ru?.notice).toBe(false)

    await changeKazakh(editor, id, 'significant')
    await save(editor, 'ru', { translations: { ru: { notice: true } } }, { id, draft: true })
    const visitor = await rest('GET', `/press-releases/${id}?depth=0&locale=ru&fallback-locale=none`)
    expect(visitor.status).toBe(200)
    const seen = (await visitor.json()) as { sourceLanguage?: Locale; translations?: Translations }
    expect(seen.sourceLanguage).toBe('kk')
    expect(seen.translations?.ru?.notice).toBe(true)
    expect(seen.translations?.ru?.outdatedSince).toBeUndefined()

    await save(editor, 'ru', { changeKind: 'minor', publishReason: 'Срочно' }, { id })
    expect((await adminState(editor, id)).translations?.ru?.notice).toBe(false)
  })

  it('counts, per language, the texts missing it and those outdated in it, oldest first', async () => {
    const { translationQueue } = await import('@/lib/translation/queue')
    const editor = await session('editor')
    const count = async () =>
      Object.fromEntries(
        (await translationQueue(get().payload, 50)).map((queue) => [
          queue.locale,
          { missing: queue.missing.count, outdated: queue.outdated.count },
        ]),
      )
    const start = await count()
    const older = await translatedRelease(editor)
    const newer = await translatedRelease(editor)
    const onlyKazakh = await save(editor, 'kk', {
      ...text('kk'),
      slug: get().unique('kazakh'),
      publishedAt: '2026-02-13T05:00:00.000Z',
      publishReason: 'Шұғыл',
    })
    await changeKazakh(editor, older, 'significant')
    await changeKazakh(editor, newer, 'significant')
    const after = await count()
    expect(after.ru).toEqual({ missing: start.ru!.missing + 1, outdated: start.ru!.outdated + 2 })
    expect(after.en).toEqual({ missing: start.en!.missing + 1, outdated: start.en!.outdated + 2 })
    expect(after.kk).toEqual(start.kk)

    const russian = (await translationQueue(get().payload, 50)).find((queue) => queue.locale === 'ru')
    const ids = russian?.outdated.entries.map((entry) => entry.id) ?? []
    expect(ids.indexOf(older)).toBeLessThan(ids.indexOf(newer))
    const missing = russian?.missing.entries.find((entry) => entry.id === onlyKazakh)
    // Missing in Russian, so shown by its Kazakh title, marked as Kazakh.
    expect(missing?.title).toMatchObject({ locale: 'kk', title: expect.stringContaining(TEXTS.kk.title) })
  })
})
