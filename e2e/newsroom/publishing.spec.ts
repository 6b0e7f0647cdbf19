import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { publicationMessages } from '../../i18n/admin/labels/publication'
import { locales, type Locale } from '../../i18n/locales'
import en from '../../messages/en.json' with { type: 'json' }
import kk from '../../messages/kk.json' with { type: 'json' }
import ru from '../../messages/ru.json' with { type: 'json' }
import { paragraphsToRichText } from '../../seed/richText'
import { keepScreenshot } from '../helpers/screenshots'
import { wholeSitemap } from '../helpers/sitemap'
import { signInToAdmin, staffAuthorization, staffMember, type StaffCredentials } from '../helpers/staff'

// Issue #10: review before publishing, change notes and withdrawal, as editors and visitors meet them in each language.
const PUBLICATION = { kk: kk.Publication, ru: ru.Publication, en: en.Publication }

const TEXTS: Record<Locale, { title: string; summary: string; note: string; why: string; comment: string }> =
  {
    kk: {
      title: 'Сыртқы істер министрі Бішкекте келіссөздер жүргізді',
      summary: 'Қазақстан мен Қырғызстан арасындағы екіжақты ынтымақтастық талқыланды.',
      note: 'Кездесу уақыты нақтыланды.',
      why: 'Мәлімдеме қате жарияланды, оның орнына жаңа баспасөз релизі шықты.',
      comment: 'Министрдің лауазымын толық жазыңыз.',
    },
    ru: {
      title: 'Министр иностранных дел провёл переговоры в Бишкеке',
      summary: 'Обсуждено двустороннее сотрудничество Казахстана и Кыргызстана.',
      note: 'Уточнено время встречи.',
      why: 'Заявление опубликовано ошибочно, вместо него выпущен новый пресс-релиз.',
      comment: 'Укажите полную должность министра.',
    },
    en: {
      title: 'The Minister of Foreign Affairs held talks in Bishkek',
      summary: 'Bilateral cooperation between Kazakhstan and Kyrgyzstan was discussed.',
      note: 'The time of the meeting was corrected.',
      why: 'The statement was published in error and has been replaced by a new press release.',
      comment: 'Give the Minister’s full title.',
    },
  }

type Headers = { Authorization: string }
interface Saved {
  id: number
  slug: string
  title: string
}

/** A save as the admin sends it, in one language; the admin's language (for its messages) is that language too. */
function save(
  request: APIRequestContext,
  headers: Headers,
  locale: Locale,
  data: Record<string, unknown>,
  { id, draft = false }: { id?: number; draft?: boolean } = {},
) {
  const url = `/api/press-releases${id ? `/${id}` : ''}?locale=${locale}&fallback-locale=none${draft ? '&draft=true' : ''}`
  const options = {
    headers: { ...headers, Cookie: `payload-lng=${locale}` },
    data: { ...data, _status: draft ? 'draft' : 'published' },
  }
  return id ? request.patch(url, options) : request.post(url, options)
}

async function ok(response: Awaited<ReturnType<typeof save>>): Promise<Saved> {
  expect(response.ok(), await response.text()).toBe(true)
  const { doc } = (await response.json()) as { doc: Saved }
  return doc
}

/**
 * The refusal of a save: the field and its message. Payload answers with the field (`data.errors`), or, where the
 * production build holds two copies of its error class, with the message alone (collections/shared/fieldError.ts); each message
 * belongs to one field, so the message then stands for it.
 */
async function fieldError(response: Awaited<ReturnType<typeof save>>, path: string) {
  const text = await response.text()
  expect(response.status(), text).toBe(400)
  const body = JSON.parse(text) as {
    errors: { message?: string; data?: { errors?: { path: string; message: string }[] } }[]
  }
  const error = body.errors[0]
  return error?.data?.errors?.[0] ?? { path, message: error?.message }
}

/** A release dated now (so that it heads the list and the feed), unique to this run. */
function release(locale: Locale, mark: string) {
  const text = TEXTS[locale]
  return {
    title: `${text.title} ${mark}`,
    slug: mark,
    summary: text.summary,
    body: paragraphsToRichText([text.summary]),
    publishedAt: new Date().toISOString(),
  }
}

async function shoot(page: Page, name: string) {
  await keepScreenshot(page, `publishing-${name}`)
}

test.describe.serial('publishing like a government', () => {
  let author: StaffCredentials
  let editor: StaffCredentials
  let authorHeaders: Headers
  let editorHeaders: Headers
  const made: number[] = []

  test.beforeAll(async ({ request }) => {
    author = await staffMember(request, 'author')
    editor = await staffMember(request, 'editor')
    authorHeaders = await staffAuthorization(request, author)
    editorHeaders = await staffAuthorization(request, editor)
  })

  test.afterAll(async ({ request }) => {
    const headers = await staffAuthorization(request)
    for (const id of made) await request.delete(`/api/press-releases/${id}`, { headers })
  })

  for (const locale of locales) {
    const t = PUBLICATION[locale]

    test(`${locale}: an author submits, an editor sends it back with a comment the author sees, then approves and publishes`, async ({
      page,
      request,
    }) => {
      const mark = `review-${locale}-${Date.now()}`
      const draft = await ok(
        await save(request, authorHeaders, locale, release(locale, mark), { draft: true }),
      )
      made.push(draft.id)
      await ok(
        await save(
          request,
          authorHeaders,
          locale,
          { reviewState: 'submitted' },
          { id: draft.id, draft: true },
        ),
      )

      const comment = TEXTS[locale].comment
      await ok(
        await save(
          request,
          editorHeaders,
          locale,
          { reviewState: 'returned', reviewComment: comment },
          {
            id: draft.id,
            draft: true,
          },
        ),
      )
      // The author finds the comment in the admin, beside the text.
      await signInToAdmin(page, author)
      await page.goto(`/admin/collections/press-releases/${draft.id}?locale=${locale}`)
      await expect(page.getByLabel('Editor’s comment')).toHaveValue(comment)
      await expect(page.getByText('Sent back').first()).toBeVisible()

      await ok(
        await save(
          request,
          authorHeaders,
          locale,
          { reviewState: 'submitted' },
          { id: draft.id, draft: true },
        ),
      )
      expect((await page.request.get(`/${locale}/press-releases/${draft.slug}`)).status()).toBe(404)
      await ok(await save(request, editorHeaders, locale, { reviewState: 'approved' }, { id: draft.id }))
      const visitor = await request.get(`/${locale}/press-releases/${draft.slug}`, {
        headers: { Cookie: '' },
      })
      expect(visitor.status()).toBe(200)
      expect(await visitor.text()).toContain(draft.title)
    })

    test(`${locale}: publishing an unreviewed text needs a reason, which is kept`, async ({ request }) => {
      const mark = `reason-${locale}-${Date.now()}`
      const draft = await ok(
        await save(request, editorHeaders, locale, release(locale, mark), { draft: true }),
      )
      made.push(draft.id)
      expect(
        await fieldError(await save(request, editorHeaders, locale, {}, { id: draft.id }), 'publishReason'),
      ).toEqual({
        path: 'publishReason',
        message: publicationMessages.publishReasonRequired[locale],
      })
      const reason = TEXTS[locale].why
      await ok(await save(request, editorHeaders, locale, { publishReason: reason }, { id: draft.id }))
      const kept = await request.get(`/api/press-releases/${draft.id}?locale=${locale}&depth=0`, {
        headers: editorHeaders,
      })
      expect(await kept.json()).toMatchObject({
        _status: 'published',
        publicationLog: [{ reason, reviewed: false }],
      })
    })

    test(`${locale}: a significant change shows its note and the updated date, a minor one does not`, async ({
      page,
      request,
    }) => {
      const mark = `change-${locale}-${Date.now()}`
      const published = await ok(
        await save(request, editorHeaders, locale, {
          ...release(locale, mark),
          publishReason: TEXTS[locale].why,
        }),
      )
      made.push(published.id)
      const edit = { publishReason: TEXTS[locale].why }
      expect(
        await fieldError(
          await save(
            request,
            editorHeaders,
            locale,
            { ...edit, title: `${published.title}.` },
            { id: published.id },
          ),
          'changeKind',
        ),
      ).toEqual({ path: 'changeKind', message: publicationMessages.changeKindRequired[locale] })
      await ok(
        await save(
          request,
          editorHeaders,
          locale,
          { ...edit, changeKind: 'minor', title: `${published.title}.` },
          {
            id: published.id,
          },
        ),
      )
      await page.goto(`/${locale}/press-releases/${published.slug}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${published.title}.`)
      const history = page.getByRole('region', { name: t.history })
      await expect(history).toContainText(t.published)
      await expect(history).not.toContainText(t.lastUpdated)
      await expect(history.getByRole('listitem')).toHaveCount(1)

      await ok(
        await save(
          request,
          editorHeaders,
          locale,
          { ...edit, changeKind: 'significant', changeNote: TEXTS[locale].note },
          { id: published.id },
        ),
      )
      await page.reload()
      await expect(history).toContainText(t.lastUpdated)
      await expect(history.getByRole('listitem').first()).toContainText(TEXTS[locale].note)
      await expect(history.getByRole('listitem')).toHaveCount(2)
      if (locale !== 'ru') await shoot(page, `history-${locale}`)
    })

    test(`${locale}: a withdrawn text keeps its page with the notice, and leaves lists, feed, search and sitemap`, async ({
      page,
      request,
    }) => {
      const mark = `withdrawn${locale}${Date.now()}`
      const published = await ok(
        await save(request, editorHeaders, locale, {
          ...release(locale, mark),
          publishReason: TEXTS[locale].why,
        }),
      )
      made.push(published.id)
      const listed = async () => {
        const [list, feed, search, sitemap] = await Promise.all([
          ...[
            `/${locale}/press-releases`,
            `/${locale}/press-releases/feed.xml`,
            `/${locale}/search?q=${encodeURIComponent(mark)}`,
          ].map(async (path) => (await request.get(path)).text()),
          wholeSitemap(request),
        ])
        return {
          list: list!.includes(mark),
          feed: feed!.includes(mark),
          // The results page repeats the words searched for: look for the link.
          search: search!.includes(`/press-releases/${published.slug}`),
          sitemap: sitemap!.includes(published.slug),
        }
      }
      expect(await listed()).toEqual({ list: true, feed: true, search: true, sitemap: true })

      expect(
        await fieldError(
          await save(request, editorHeaders, locale, { withdrawn: true }, { id: published.id }),
          'withdrawalExplanation',
        ),
      ).toEqual({
        path: 'withdrawalExplanation',
        message: publicationMessages.explanationRequired[locale],
      })
      await ok(
        await save(
          request,
          editorHeaders,
          locale,
          { withdrawn: true, withdrawalExplanation: TEXTS[locale].why },
          {
            id: published.id,
          },
        ),
      )
      // The very first request after the save.
      const response = await page.goto(`/${locale}/press-releases/${published.slug}`)
      expect(response?.status()).toBe(200)
      const notice = page.getByRole('region', { name: t.withdrawn })
      await expect(notice).toContainText(TEXTS[locale].why)
      await expect(notice.locator('time')).toHaveAttribute('datetime', /\+05:00$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.title)
      expect(await listed()).toEqual({ list: false, feed: false, search: false, sitemap: false })
      if (locale !== 'en') await shoot(page, `withdrawn-${locale}`)
    })
  }

  test('the dashboard lists what awaits review in Kazakh, and the list filters it in Russian', async ({
    page,
    request,
  }) => {
    const mark = `queue-${Date.now()}`
    const draft = await ok(await save(request, authorHeaders, 'kk', release('kk', mark), { draft: true }))
    made.push(draft.id)
    await ok(
      await save(request, authorHeaders, 'kk', { reviewState: 'submitted' }, { id: draft.id, draft: true }),
    )

    await page
      .context()
      .addCookies([{ name: 'payload-lng', value: 'kk', url: test.info().project.use.baseURL! }])
    await signInToAdmin(page, editor)
    await page.goto('/admin')
    const panel = page.getByRole('region', { name: /Тексеруді күтетін мәтіндер/ })
    await expect(panel.getByRole('link', { name: draft.title })).toBeVisible()
    await expect(panel).toContainText('Баспасөз релиздері, Қазақша')
    await shoot(page, 'awaiting-review-kk')

    await page
      .context()
      .addCookies([{ name: 'payload-lng', value: 'ru', url: test.info().project.use.baseURL! }])
    await page.goto('/admin/collections/press-releases?locale=kk&where[reviewState][equals]=submitted')
    await expect(page.getByRole('link', { name: draft.title })).toBeVisible()
    await expect(page.getByRole('cell', { name: 'Ожидает проверки' })).toBeVisible()
    await expect(page.getByText('Загрузка...')).toHaveCount(0)
    await shoot(page, 'review-list-ru')
  })

  test('the admin refuses an unreviewed publish beside the reason field', async ({ page, request }) => {
    const mark = `admin-${Date.now()}`
    const draft = await ok(await save(request, editorHeaders, 'en', release('en', mark), { draft: true }))
    made.push(draft.id)
    await signInToAdmin(page, editor)
    await page.goto(`/admin/collections/press-releases/${draft.id}?locale=en`)
    await page
      .getByRole('button', { name: /^Publish/ })
      .first()
      .click()
    await expect(page.getByText(publicationMessages.publishReasonRequired.en).first()).toBeVisible()
    await page
      .getByLabel('Reason for publishing without review')
      .fill('The Minister’s office asked for it at once.')
    await page
      .getByRole('button', { name: /^Publish/ })
      .first()
      .click()
    await expect(page.getByText(/published successfully|updated successfully/i)).toBeVisible()
    expect((await request.get(`/en/press-releases/${draft.slug}`)).status()).toBe(200)
  })
})
