import { expect, test, type APIRequestContext } from '@playwright/test'

import { paragraphsToRichText } from '../../seed/richText'
import { signInToAdmin, staffAuthorization, staffMember, type StaffCredentials } from '../helpers/staff'
import { WITHOUT_REVIEW } from '../helpers/withoutReview'

// An author writes a release in Kazakh and previews it; an editor publishes Kazakh at once and Russian later. Each
// publish, edit and unpublish is on the public page for the very first request after the save returns: no rebuild,
// no restart, no stale page served once more. (How fast that is, `npm run bench` measures: a timed test would fail
// on a busy machine and prove nothing on a quiet one.)
const TITLE_KK = 'Қазақстан мен Өзбекстан сыртқы істер министрлерінің Ташкенттегі кездесуі'
const SLUG = 'qazaqstan-men-ozbekstan-syrtqy-ister-ministrlerinin-tashkenttegi-kezdesui'
const TITLE_RU = 'Встреча министров иностранных дел Казахстана и Узбекистана в Ташкенте'

async function releaseId(request: APIRequestContext, headers: { Authorization: string }): Promise<number> {
  const response = await request.get(`/api/press-releases?where[slug][equals]=${SLUG}&draft=true&depth=0`, {
    headers,
  })
  const { docs } = (await response.json()) as { docs: { id: number }[] }
  expect(docs).toHaveLength(1)
  return docs[0]!.id
}

test.describe.serial('the newsroom', () => {
  let author: StaffCredentials
  let editor: StaffCredentials

  test.beforeAll(async ({ request }) => {
    author = await staffMember(request, 'author')
    editor = await staffMember(request, 'editor')
  })

  test('an author writes a Kazakh draft, previews it on the real page, and cannot publish', async ({
    page,
    browser,
    request,
  }) => {
    await signInToAdmin(page, author)
    await page.goto('/admin/collections/press-releases/create?locale=kk')
    await page.getByLabel('Title').fill(TITLE_KK)
    await page
      .getByLabel('Summary')
      .fill('Министрлер екіжақты ынтымақтастықтың өзекті мәселелерін талқылады.')
    await page.locator('[data-lexical-editor="true"]').first().fill('Кездесу Ташкентте өтті.')
    // Drafts save themselves (autosave); the slug is written from the Kazakh title.
    await expect(page.getByText(/Last saved/)).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'Page address' })).toHaveValue(SLUG)
    await expect(page.getByRole('button', { name: /^Publish/ })).toHaveCount(0)

    await page.goto(`/api/preview?collection=press-releases&slug=${SLUG}&locale=kk`)
    await expect(page).toHaveURL(`/kk/press-releases/${SLUG}`)
    await expect(page.getByRole('status').filter({ hasText: 'Алдын ала қарау' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_KK)

    const visitor = await browser.newContext()
    expect((await visitor.request.get(`/kk/press-releases/${SLUG}`)).status()).toBe(404)
    expect(
      (await visitor.request.get(`/api/preview?collection=press-releases&slug=${SLUG}&locale=kk`)).status(),
    ).toBe(401)
    await visitor.close()

    // The author is done with the draft. Leaving it by the admin's own links gives back the lock the first keystroke
    // took; the test left by address, so it gives the lock back itself, or the editor would find the draft held.
    const headers = await staffAuthorization(request, author)
    const id = await releaseId(request, headers)
    const released = await request.delete(
      `/api/payload-locked-documents?where[document.relationTo][equals]=press-releases&where[document.value][equals]=${id}`,
      {
        headers,
      },
    )
    expect(released.ok()).toBe(true)
  })

  test('an author cannot publish through the API either', async ({ request }) => {
    const headers = await staffAuthorization(request, author)
    const id = await releaseId(request, headers)
    const response = await request.patch(`/api/press-releases/${id}?locale=kk`, {
      headers,
      data: { _status: 'published' },
    })
    expect(response.status()).toBe(403)
  })

  test('an editor publishes the Kazakh text in the admin, and the very next visitor sees it', async ({
    page,
    request,
  }) => {
    await signInToAdmin(page, editor)
    const id = await releaseId(request, await staffAuthorization(request, editor))
    await page.goto(`/admin/collections/press-releases/${id}?locale=kk`)
    // Not reviewed: the editor says why it is published without review (e2e/newsroom/publishing.spec.ts tests the refusal).
    await page
      .getByLabel('Reason for publishing without review')
      .fill('Agreed with the press secretary by phone.')
    await page
      .getByRole('button', { name: /^Publish/ })
      .first()
      .click()
    await expect(page.getByText(/published successfully|updated successfully/i)).toBeVisible()
    expect((await request.get(`/kk/press-releases/${SLUG}`)).status()).toBe(200)
    expect(await (await request.get('/kk/press-releases')).text()).toContain(TITLE_KK)
    // Russian is not written yet: a Russian reader is told where the text can be read.
    const russian = await request.get(`/ru/press-releases/${SLUG}`)
    expect(await russian.text()).toContain('Қазақша')
  })

  test('the Russian translation is published later, and edits and unpublishing show at once', async ({
    request,
  }) => {
    const headers = await staffAuthorization(request, editor)
    const id = await releaseId(request, headers)
    const publishRussian = await request.patch(`/api/press-releases/${id}?locale=ru`, {
      headers,
      data: {
        title: TITLE_RU,
        summary: 'Министры обсудили актуальные вопросы двустороннего сотрудничества.',
        body: paragraphsToRichText(['Встреча прошла в Ташкенте.']),
        _status: 'published',
        ...WITHOUT_REVIEW,
      },
    })
    expect(publishRussian.ok()).toBe(true)
    expect(await (await request.get(`/ru/press-releases/${SLUG}`)).text()).toContain(TITLE_RU)
    expect(await (await request.get('/ru')).text()).toContain(TITLE_RU)

    const corrected = `${TITLE_RU} (уточнено)`
    const correction = await request.patch(`/api/press-releases/${id}?locale=ru`, {
      headers,
      data: { ...WITHOUT_REVIEW, title: corrected },
    })
    expect(correction.ok()).toBe(true)
    expect(await (await request.get(`/ru/press-releases/${SLUG}`)).text()).toContain(corrected)

    const unpublished = await request.patch(`/api/press-releases/${id}?locale=ru`, {
      headers,
      data: { _status: 'draft' },
    })
    expect(unpublished.ok()).toBe(true)
    expect(await (await request.get('/ru/press-releases')).text()).not.toContain(corrected)
    expect((await request.get(`/kk/press-releases/${SLUG}`)).status()).toBe(200)

    const deleted = await request.delete(`/api/press-releases/${id}`, { headers })
    expect(deleted.ok()).toBe(true)
    expect((await request.get(`/kk/press-releases/${SLUG}`)).status()).toBe(404)
  })

  test('only this deployment may ask for a cache refresh', async ({ request }) => {
    expect((await request.post('/api/revalidate', { data: { tags: ['site'] } })).status()).toBe(401)
  })
})
