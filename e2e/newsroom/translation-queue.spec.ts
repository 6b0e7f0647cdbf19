import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import type { Locale } from '../../i18n/locales'
import { paragraphsToRichText } from '../../seed/richText'
import { keepScreenshot } from '../helpers/screenshots'
import { signInToAdmin, staffAuthorization, staffMember, type StaffCredentials } from '../helpers/staff'
import { WITHOUT_REVIEW } from '../helpers/withoutReview'

// A subject no other journey searches for or counts on: these releases share the suite's database.
const TEXTS: Record<'kk' | 'ru', { title: string; summary: string; body: string }> = {
  kk: {
    title: 'Консулдық қызмет шетелге шығатын азаматтарға арналған жаднаманы жаңартты',
    summary: 'Жаднамада сапар алдында тіркелу және шұғыл байланыс тәртібі сипатталған',
    body: 'Жаднама министрліктің сайтында үш тілде жарияланды.',
  },
  ru: {
    title: 'Консульская служба обновила памятку для выезжающих за рубеж граждан',
    summary: 'В памятке описан порядок регистрации перед поездкой и экстренной связи',
    body: 'Памятка опубликована на сайте министерства на трёх языках.',
  },
}

type Headers = { Authorization: string }

async function save(request: APIRequestContext, headers: Headers, locale: Locale, data: object, id?: number) {
  const url = `/api/press-releases${id ? `/${id}` : ''}?locale=${locale}&fallback-locale=none`
  const response = id
    ? await request.patch(url, { headers, data: { ...data, _status: 'published' } })
    : await request.post(url, { headers, data: { ...data, _status: 'published' } })
  expect(response.ok(), await response.text()).toBe(true)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

/**
 * A release written in `source`, translated into `target`, whose source then changed significantly: the
 * translation waits in the target's queue.
 */
async function outdatedTranslation(request: APIRequestContext, source: 'kk' | 'ru', target: 'kk' | 'ru') {
  const headers = await staffAuthorization(request)
  const mark = `${Date.now()}-${test.info().parallelIndex}`
  const titles = { [source]: `${TEXTS[source].title} ${mark}`, [target]: `${TEXTS[target].title} ${mark}` }
  const text = (locale: 'kk' | 'ru') => ({
    title: titles[locale],
    summary: TEXTS[locale].summary,
    body: paragraphsToRichText([TEXTS[locale].body]),
  })
  const id = await save(request, headers, source, {
    ...text(source),
    slug: `translation-queue-${source}-${mark}`,
    publishedAt: new Date().toISOString(),
    ...WITHOUT_REVIEW,
  })
  await save(request, headers, target, { ...text(target), ...WITHOUT_REVIEW }, id)
  await save(
    request,
    headers,
    source,
    {
      summary: `${TEXTS[source].summary} (2)`,
      changeKind: 'significant',
      changeNote: source === 'kk' ? 'Тіркелу тәртібі нақтыланды.' : 'Уточнён порядок регистрации.',
      publishReason: WITHOUT_REVIEW.publishReason,
    },
    id,
  )
  return { id, sourceTitle: titles[source]!, targetTitle: titles[target]! }
}

async function adminIn(page: Page, language: Locale, translator: StaffCredentials) {
  await page
    .context()
    .addCookies([{ name: 'payload-lng', value: language, url: test.info().project.use.baseURL! }])
  await signInToAdmin(page, translator)
}

async function outdatedIn(request: APIRequestContext, id: number, locale: Locale) {
  const headers = await staffAuthorization(request)
  const response = await request.get(`/api/press-releases/${id}?draft=true&depth=0`, { headers })
  const doc = (await response.json()) as { translations?: Record<Locale, { outdatedSince?: string | null }> }
  return Boolean(doc.translations?.[locale]?.outdatedSince)
}

const JOURNEYS = [
  {
    admin: 'kk' as const,
    source: 'ru' as const,
    queue: 'Аударма кезегі',
    language: 'Қазақша',
    outdated: /Ескірген аудармалар \(\d+\)/,
    reason: 'Тексерусіз жариялау себебі',
    minor: 'Ұсақ түзету',
    publish: /^(Өзгерістерді жариялау|Жариялау: Қазақша|Жариялау)$/,
    borrowed: '(Русский)',
    summary: /^Қысқаша мазмұны/,
    copy: 'Түпнұсқаны көшіріп қою',
  },
  {
    admin: 'ru' as const,
    source: 'kk' as const,
    queue: 'Очередь переводов',
    language: 'Русский',
    outdated: /Устаревшие переводы \(\d+\)/,
    reason: 'Причина публикации без проверки',
    minor: 'Мелкая правка',
    publish: /^(Опубликовать изменения|Опубликовать на Русский|Публиковать)$/,
    borrowed: '(Қазақша)',
    summary: /^Краткое содержание/,
    copy: 'Вставить текст оригинала',
  },
]

test.describe('a translator follows the queue to a published translation', () => {
  for (const journey of JOURNEYS) {
    test(`in the ${journey.admin} admin`, async ({ page, request }) => {
      const translator = await staffMember(request, 'editor')
      const release = await outdatedTranslation(request, journey.source, journey.admin)
      await adminIn(page, journey.admin, translator)

      await page.goto('/admin')
      const queue = page.getByRole('region', { name: journey.language })
      await expect(page.getByRole('heading', { name: journey.queue })).toBeVisible()
      await expect(queue.getByRole('heading', { name: journey.outdated })).toBeVisible()
      const entry = queue.getByRole('link', { name: release.targetTitle })
      await expect(entry).toBeVisible()
      await keepScreenshot(page, `translate-queue-${journey.admin}`)

      await entry.click()
      await expect(page).toHaveURL(new RegExp(`/press-releases/${release.id}\\?locale=${journey.admin}`))
      await expect(page.getByRole('textbox', { name: journey.reason })).toBeVisible()

      // The source's changed summary stands above the field, read-only, and can be copied in to start from.
      const sourceSummary = `${TEXTS[journey.source].summary} (2)`
      const beside = page.locator('[data-source-beside="summary"]')
      await expect(beside).toContainText(sourceSummary)
      await expect(page.locator('[data-source-beside="title"]')).toContainText(release.sourceTitle)
      await keepScreenshot(page, `translate-source-beside-${journey.admin}`)
      const summary = page.getByRole('textbox', { name: journey.summary })
      await beside.getByRole('button', { name: journey.copy }).click()
      await expect(summary).toHaveValue(sourceSummary)
      await summary.fill(`${TEXTS[journey.admin].summary} (2)`)
      // Rich text too: the editor shows what was copied, and the translator writes over it.
      const body = page.locator('[data-field-path="body"] [contenteditable="true"]')
      await page.locator('[data-source-beside="body"]').getByRole('button', { name: journey.copy }).click()
      await expect(body).toContainText(TEXTS[journey.source].body)
      await body.fill(TEXTS[journey.admin].body)
      await expect(body).toContainText(TEXTS[journey.admin].body)

      await page.getByRole('textbox', { name: journey.reason }).fill('Аударма тексерілді / Перевод сверен.')
      // Payload draws its own radio over a hidden input: the translator clicks the option's words.
      await page.getByText(journey.minor, { exact: true }).click()
      await page.getByRole('button', { name: journey.publish }).first().click()
      await expect.poll(() => outdatedIn(request, release.id, journey.admin)).toBe(false)

      await page.goto('/admin')
      await expect(
        page.getByRole('region', { name: journey.language }).getByRole('link', { name: release.targetTitle }),
      ).toHaveCount(0)
    })
  }

  test('the list in the Kazakh admin shows a text not yet in Kazakh by its Russian title, marked Russian', async ({
    page,
    request,
  }) => {
    const headers = await staffAuthorization(request)
    const mark = `${Date.now()}-${test.info().parallelIndex}`
    const title = `${TEXTS.ru.title} ${mark}`
    await save(request, headers, 'ru', {
      title,
      summary: TEXTS.ru.summary,
      body: paragraphsToRichText([TEXTS.ru.body]),
      slug: `russian-only-${mark}`,
      publishedAt: new Date().toISOString(),
      ...WITHOUT_REVIEW,
    })
    await adminIn(page, 'kk', await staffMember(request, 'editor'))
    await page.goto('/admin/collections/press-releases?locale=kk')
    const row = page.getByRole('row').filter({ hasText: title })
    await expect(row.getByRole('link', { name: title })).toBeVisible()
    await expect(row).toContainText(JOURNEYS[0]!.borrowed)
    await expect(page.getByText('<Атауы жоқ>')).toHaveCount(0)
    // The date columns are filled in by the browser after the list arrives.
    await expect(row.getByText('Жүктелуде...')).toHaveCount(0)
    await keepScreenshot(page, 'translate-list-titles-kk')
  })
})
