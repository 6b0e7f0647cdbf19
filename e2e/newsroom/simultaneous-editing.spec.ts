import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test'

import { deleteRelease, draftRelease } from '../helpers/releases'
import { signInToAdmin, staffAuthorization, type StaffCredentials } from '../helpers/staff'

// One editor with the same release open in two windows: Payload's document lock is per user and does not stop the
// second window, so its save, made on the version it loaded, is refused and the editor is told in their language.
const RUSSIAN_REFUSAL = 'После того как вы открыли этот документ, его сохранил кто-то другой'

/**
 * An editor of this test's own: Payload writes a user's sessions back whole at each sign-in, so sign-ins of one
 * account in parallel (other tests use the shared ones) can drop each other's session.
 */
async function ownEditor(request: APIRequestContext): Promise<StaffCredentials> {
  const credentials = { email: 'e2e-two-windows@example.com', password: 'e2e two windows password 2026' }
  const created = await request.post('/api/users', {
    headers: await staffAuthorization(request),
    data: { ...credentials, name: 'E2E two windows', role: 'editor' },
  })
  // Made by an earlier run (sign-ins keep accounts) or now.
  expect([201, 400]).toContain(created.status())
  return credentials
}

async function openInAdmin(
  browser: Browser,
  baseURL: string,
  editor: StaffCredentials,
  id: number,
  language: string,
): Promise<Page> {
  const context = await browser.newContext()
  await context.addCookies([{ name: 'payload-lng', value: language, url: baseURL }])
  const page = await context.newPage()
  await signInToAdmin(page, editor)
  await page.goto(`/admin/collections/press-releases/${id}?locale=en`)
  await expect(page.locator('#field-title')).toHaveValue('Talks on water resources')
  return page
}

test('a second window saving an old version of a release is told, and the first one’s text is kept', async ({
  browser,
  baseURL,
  request,
}) => {
  const editor = await ownEditor(request)
  const headers = await staffAuthorization(request, editor)
  const release = await draftRelease(request, headers, 'en', {
    title: 'Talks on water resources',
    summary: 'The ministers discussed the use of transboundary rivers.',
    body: 'The talks took place in Astana.',
  })
  const storedTitle = async () => {
    const answer = await request.get(`/api/press-releases/${release.id}?locale=en&draft=true&depth=0`, {
      headers,
    })
    return ((await answer.json()) as { title?: string }).title
  }
  const first = await openInAdmin(browser, String(baseURL), editor, release.id, 'en')
  const second = await openInAdmin(browser, String(baseURL), editor, release.id, 'ru')

  await first.locator('#field-title').fill('Talks on water resources in Astana')
  await expect(first.getByText(/Last saved/)).toBeVisible()
  await expect.poll(storedTitle).toBe('Talks on water resources in Astana')

  await second.locator('#field-title').fill('Talks on transboundary rivers')
  await expect(second.getByText(RUSSIAN_REFUSAL)).toBeVisible()
  expect(await storedTitle()).toBe('Talks on water resources in Astana')

  await second.reload()
  await expect(second.locator('#field-title')).toHaveValue('Talks on water resources in Astana')
  await second.context().close()
  await first.context().close()
  await deleteRelease(request, headers, release.id)
})
