// Issue #10, "publish like a government": review before publishing, change notes and withdrawal of releases and
// events, through REST as the admin sends them, in each language, on the engine of the Vitest project.
import { describe, expect, it } from 'vitest'

import { publicationMessages } from '@/i18n/admin/labels/publication'
import { locales, type Locale } from '@/i18n/locales'
import { paragraphsToRichText } from '@/seed/richText'

import { testEngine } from './helpers/engine'
import { PASSWORD, suiteContext } from './security/context'
import { rest, signIn, SITE } from './security/rest'

const { kind, createDatabase } = testEngine()

const TEXTS: Record<Locale, { title: string; summary: string; body: string; note: string; why: string }> = {
  kk: {
    title: 'Министр Бішкекте келіссөздер жүргізді',
    summary: 'Қазақстан мен Қырғызстан сыртқы істер министрлерінің кездесуі',
    body: 'Тараптар екіжақты ынтымақтастықты талқылады.',
    note: 'Кездесу уақыты нақтыланды.',
    why: 'Мәлімдеме қате жарияланды.',
  },
  ru: {
    title: 'Министр провёл переговоры в Бишкеке',
    summary: 'Встреча министров иностранных дел Казахстана и Кыргызстана',
    body: 'Стороны обсудили двустороннее сотрудничество.',
    note: 'Уточнено время встречи.',
    why: 'Заявление опубликовано ошибочно.',
  },
  en: {
    title: 'The Minister held talks in Bishkek',
    summary: 'Meeting of the foreign ministers of Kazakhstan and Kyrgyzstan',
    body: 'The parties discussed bilateral cooperation.',
    note: 'The time of the meeting was corrected.',
    why: 'The statement was published in error.',
  },
}

interface FieldErrors {
  errors?: { data?: { errors?: { path: string; message: string }[] } }[]
}

describe(`publishing on ${kind}`, () => {
  const get = suiteContext('publishing', kind, createDatabase)

  async function session(role: 'author' | 'editor') {
    const user = await get().staff(role)
    return { user, cookie: await signIn(user.email, PASSWORD, get().client()) }
  }

  /** A save as the admin sends it: in one language, never borrowing another's text, in that admin language. */
  function save(
    cookie: string,
    locale: Locale,
    data: Record<string, unknown>,
    {
      id,
      draft = false,
      collection = 'press-releases',
    }: { id?: number; draft?: boolean; collection?: string } = {},
  ) {
    const query = `locale=${locale}&fallback-locale=none${draft ? '&draft=true' : ''}`
    return rest(id ? 'PATCH' : 'POST', `/${collection}${id ? `/${id}` : ''}?${query}`, {
      json: { ...data, _status: draft ? 'draft' : 'published' },
      headers: { Cookie: `${cookie}; payload-lng=${locale}`, Origin: SITE },
    })
  }

  async function created(response: Response): Promise<number> {
    expect([200, 201], await response.clone().text()).toContain(response.status)
    return ((await response.json()) as { doc: { id: number } }).doc.id
  }

  async function refusal(response: Response) {
    expect(response.status).toBe(400)
    return ((await response.json()) as FieldErrors).errors?.[0]?.data?.errors?.[0]
  }

  const release = (locale: Locale) => {
    const text = TEXTS[locale]
    return {
      title: `${text.title} ${get().unique('r')}`,
      slug: get().unique('release'),
      summary: text.summary,
      body: paragraphsToRichText([text.body]),
      publishedAt: '2020-04-01T05:00:00.000Z',
    }
  }

  /** A text an editor published without review, as a starting point for changes and withdrawal. */
  async function published(locale: Locale, editorCookie: string): Promise<number> {
    return created(await save(editorCookie, locale, { ...release(locale), publishReason: 'Срочно' }))
  }

  const read = (id: number, locale: Locale, asStaff = true) =>
    get().payload.findByID({
      collection: 'press-releases',
      id,
      locale,
      fallbackLocale: false,
      draft: asStaff,
      depth: 0,
      overrideAccess: asStaff,
      showHiddenFields: asStaff,
    })

  for (const locale of locales) {
    describe(`in ${locale}`, () => {
      it('an author submits, an editor sends back with a comment the author sees, then approves and publishes', async () => {
        const author = await session('author')
        const editor = await session('editor')
        const id = await created(await save(author.cookie, locale, release(locale), { draft: true }))
        await created(await save(author.cookie, locale, { reviewState: 'submitted' }, { id, draft: true }))
        expect((await read(id, locale)).reviewSubmittedBy).toBe(author.user.id)

        // An author cannot approve, and an editor sends back only with a comment.
        expect(
          await refusal(await save(author.cookie, locale, { reviewState: 'approved' }, { id, draft: true })),
        ).toMatchObject({ path: 'reviewState' })
        expect(
          await refusal(await save(editor.cookie, locale, { reviewState: 'returned' }, { id, draft: true })),
        ).toEqual({ path: 'reviewComment', message: publicationMessages.commentRequired[locale] })
        const comment = `${TEXTS[locale].note} (${locale})`
        await created(
          await save(
            editor.cookie,
            locale,
            { reviewState: 'returned', reviewComment: comment },
            { id, draft: true },
          ),
        )
        const seen = await rest('GET', `/press-releases/${id}?locale=${locale}&draft=true`, {
          headers: { Cookie: author.cookie, Origin: SITE },
        })
        expect(await seen.json()).toMatchObject({ reviewState: 'returned', reviewComment: comment })

        await created(await save(author.cookie, locale, { reviewState: 'submitted' }, { id, draft: true }))
        await created(await save(editor.cookie, locale, { reviewState: 'approved' }, { id }))
        const after = await read(id, locale)
        expect(after._status).toBe('published')
        // The next edit goes through review again; the log keeps who published, reviewed.
        expect(after.reviewState ?? null).toBeNull()
        expect(after.reviewComment ?? null).toBeNull()
        expect(after.publicationLog).toMatchObject([{ by: editor.user.id, reviewed: true, reason: null }])
        expect(after.firstPublishedAt).toEqual(expect.any(String))
      })

      it('refuses to publish an unreviewed text without a reason, and keeps the reason given', async () => {
        const editor = await session('editor')
        const id = await created(await save(editor.cookie, locale, release(locale), { draft: true }))
        expect(await refusal(await save(editor.cookie, locale, {}, { id }))).toEqual({
          path: 'publishReason',
          message: publicationMessages.publishReasonRequired[locale],
        })
        const unseen = await get().payload.find({
          collection: 'press-releases',
          locale,
          where: { id: { equals: id } },
          overrideAccess: false,
        })
        expect(unseen.docs).toEqual([])
        const reason = `${TEXTS[locale].why} ${locale}`
        await created(await save(editor.cookie, locale, { publishReason: reason }, { id }))
        expect((await read(id, locale)).publicationLog).toMatchObject([
          { by: editor.user.id, reviewed: false, reason },
        ])
        // Visitors see neither the reason nor the log.
        const visitor = await rest('GET', `/press-releases/${id}?locale=${locale}`)
        const visible = (await visitor.json()) as Record<string, unknown>
        expect(visible.title).toBeTruthy()
        expect(visible.publicationLog ?? null).toBeNull()
        expect(visible).not.toHaveProperty('publishReason')
        expect(visible).not.toHaveProperty('reviewState')
      })

      it('records a significant change with its public note and date, and a minor one without', async () => {
        const editor = await session('editor')
        const id = await published(locale, editor.cookie)
        const first = await read(id, locale)
        const edit = { publishReason: 'Түзету', title: `${first.title} (1)` }
        expect(await refusal(await save(editor.cookie, locale, edit, { id }))).toEqual({
          path: 'changeKind',
          message: publicationMessages.changeKindRequired[locale],
        })
        await created(await save(editor.cookie, locale, { ...edit, changeKind: 'minor' }, { id }))
        const minor = await read(id, locale)
        expect(minor.title).toBe(edit.title)
        expect(minor.changeHistory ?? []).toEqual([])
        expect(minor.lastUpdatedAt ?? null).toBeNull()

        const significant = { ...edit, title: `${first.title} (2)`, changeKind: 'significant' }
        expect(await refusal(await save(editor.cookie, locale, significant, { id }))).toMatchObject({
          path: 'changeNote',
        })
        await created(
          await save(editor.cookie, locale, { ...significant, changeNote: TEXTS[locale].note }, { id }),
        )
        const changed = await read(id, locale)
        expect(changed.changeHistory).toMatchObject([{ note: TEXTS[locale].note }])
        expect(changed.lastUpdatedAt).toBe(changed.changeHistory?.[0]?.at)
        expect(changed.firstPublishedAt).toBe(first.firstPublishedAt)
        expect(changed.changeKind ?? null).toBeNull()
      })

      it('withdraws a text with an explanation: it keeps its page and leaves lists and search', async () => {
        const editor = await session('editor')
        const author = await session('author')
        const id = await published(locale, editor.cookie)
        const { slug, title } = await read(id, locale)
        const { pressReleasesPage } = await import('@/lib/reads/pressReleases')
        const { publishedBySlug } = await import('@/lib/reads/bySlug')
        const listed = async () =>
          (await pressReleasesPage(locale, { page: 1, year: 2020 })).docs.some((doc) => doc.id === id)
        expect(await listed()).toBe(true)

        expect(
          (await save(author.cookie, locale, { withdrawn: true, withdrawalExplanation: 'x' }, { id })).status,
        ).toBe(403)
        expect(await refusal(await save(editor.cookie, locale, { withdrawn: true }, { id }))).toEqual({
          path: 'withdrawalExplanation',
          message: publicationMessages.explanationRequired[locale],
        })
        const explanation = TEXTS[locale].why
        await created(
          await save(editor.cookie, locale, { withdrawn: true, withdrawalExplanation: explanation }, { id }),
        )
        const page = await publishedBySlug('press-releases', locale, slug)
        expect(page).toMatchObject({
          title,
          withdrawalExplanation: explanation,
          withdrawnAt: expect.any(String),
        })
        expect(await listed()).toBe(false)
        const [{ findSearchMatches }, { queryTerms }, { EVERYTHING }] = await Promise.all([
          import('@/lib/search/indexedMatches'),
          import('@/lib/search/queryTerms'),
          import('@/lib/search/searchSite'),
        ])
        const words = [TEXTS[locale].summary.split(' ')[0]!.toLowerCase()]
        const terms = queryTerms(words, locale)
        const { matches } = await findSearchMatches(get().payload, locale, terms, EVERYTHING, 0, 100)
        expect(matches.some((match) => match.id === id)).toBe(false)
      })

      it('records when an event was first published in the language, and lets it be withdrawn', async () => {
        const editor = await session('editor')
        const text = TEXTS[locale]
        const event = {
          title: `${text.title} ${get().unique('e')}`,
          slug: get().unique('event'),
          summary: text.summary,
          location: 'Астана',
          kind: 'meeting',
          startsAt: '2020-05-01T05:00:00.000Z',
          publishReason: text.why,
        }
        const id = await created(await save(editor.cookie, locale, event, { collection: 'events' }))
        const first = await get().payload.findByID({ collection: 'events', id, locale, depth: 0 })
        expect(first.firstPublishedAt).toEqual(expect.any(String))
        await created(
          await save(
            editor.cookie,
            locale,
            { withdrawn: true, withdrawalExplanation: text.why },
            { id, collection: 'events' },
          ),
        )
        const { eventsPage } = await import('@/lib/reads/events')
        const past = await eventsPage(locale, 'past', 1)
        expect(past.docs.some((doc) => doc.id === id)).toBe(false)
        const withdrawn = await get().payload.findByID({ collection: 'events', id, locale, depth: 0 })
        expect(withdrawn.withdrawnAt).toEqual(expect.any(String))
        expect(withdrawn.firstPublishedAt).toBe(first.firstPublishedAt)
      })
    })
  }
})
