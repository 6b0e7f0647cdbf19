// The admin's views read a language, and its lists and comparison of versions a query, from their address: what they
// cannot use is refused with a page that says so in the admin's language, where Payload showed a blank page or
// answered 500.
import { expect, test } from '@playwright/test'

import { hostileQueries } from '../helpers/hostileQueries'
import { signInToAdmin, staffMember, staffAuthorization } from '../helpers/staff'

test.describe('the admin and odd queries in its addresses', () => {
  test.use({ locale: 'ru-RU' })

  test('a document number too large for the database, typed into a list’s filter, is refused in Russian', async ({
    page,
    request,
  }) => {
    await signInToAdmin(page, await staffMember(request, 'editor', undefined, 'list-filters'))
    await page.goto('/admin/collections/press-releases')
    await page.getByRole('button', { name: 'Фильтры' }).click()
    await page.getByRole('button', { name: 'Добавить фильтр' }).click()
    await page.locator('.condition__field').click()
    await page.locator('.rs__option', { hasText: /^ID$/ }).click()
    await page.locator('.condition__value input').fill('99999999999')

    await expect(page.getByRole('heading', { name: 'Этот фильтр нельзя применить' })).toBeVisible()
    await expect(page.getByText('whole number up to 2147483647')).toBeVisible()
    await page.getByRole('link', { name: 'Открыть список без фильтра' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/press-releases$/)
    await expect(page.locator('.collection-list table tbody tr').first()).toBeVisible()
  })

  test('a hundred random and hostile list queries each get the list or the refusal, never a blank page', async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000)
    // An account of its own: the list keeps the columns, groups and page size it was asked for.
    await signInToAdmin(page, await staffMember(request, 'editor', undefined, 'hostile-lists'))
    const known = ['where[id][within]=-1', 'where[nope][equals]=1', 'queryByGroup={bad', 'limit=99999999']
    const blank: string[] = []
    let refused = 0
    for (const query of [...known, ...hostileQueries(1208, 100)]) {
      const response = await page.goto(`/admin/collections/press-releases?${query}`)
      expect(response?.status(), query).toBeLessThan(500)
      // The list may still be streaming in when the page has loaded; a blank page never shows either.
      await page
        .locator('.collection-list, .refused-admin-query')
        .first()
        .waitFor({ timeout: 5_000 })
        .catch(() => undefined)
      if ((await page.locator('.refused-admin-query').count()) > 0) refused++
      else if ((await page.locator('.collection-list').count()) === 0) blank.push(query)
      // Five say enough, and each waited above.
      if (blank.length === 5) break
    }
    expect(blank).toEqual([])
    expect(refused).toBeGreaterThanOrEqual(known.length)
  })

  test('a language that is not the site’s is refused on any view, and not kept as the user’s choice', async ({
    page,
  }) => {
    await signInToAdmin(page)
    await page.goto('/admin/globals/site?locale=xx')
    await expect(page.getByRole('heading', { name: 'Указанного в адресе языка на сайте нет' })).toBeVisible()
    const kept = await page.request.get('/api/payload-preferences/locale')
    expect(kept.ok() ? ((await kept.json()) as { value?: unknown }).value : 'none').not.toBe('xx')
    await page.getByRole('link', { name: 'Открыть страницу на последнем выбранном языке' }).click()
    await expect(page).toHaveURL(/\/admin\/globals\/site$/)
    await expect(page.locator('.collection-edit__main')).toBeVisible()
  })

  test('a comparison of versions whose languages are not a list is refused, and leads to all of them', async ({
    page,
    request,
  }) => {
    const headers = await staffAuthorization(request)
    const release = (await (
      await request.get('/api/press-releases?limit=1&depth=0&sort=id', { headers })
    ).json()) as { docs: { id: number }[] }
    const id = release.docs[0]!.id
    const versions = (await (
      await request.get(`/api/press-releases/versions?where[parent][equals]=${id}&limit=1&depth=0`, {
        headers,
      })
    ).json()) as { docs: { id: number }[] }
    const comparison = `/admin/collections/press-releases/${id}/versions/${versions.docs[0]!.id}`

    await signInToAdmin(page)
    const response = await page.goto(`${comparison}?localeCodes=kk`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { name: 'Сравнение версий нельзя показать' })).toBeVisible()
    await page.getByRole('link', { name: 'Открыть сравнение на всех языках' }).click()
    await expect(page).toHaveURL(new RegExp(`${comparison}$`))
    await expect(page.locator('.view-version')).toBeVisible()
  })
})
