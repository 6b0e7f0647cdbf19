import { expect, test } from '@playwright/test'

import { signInToAdmin } from '../helpers/staff'

test('every kind of response carries the security headers, and nothing announces the framework', async ({
  request,
}) => {
  for (const path of [
    '/ru',
    '/api/press-releases?limit=1',
    '/favicon.svg',
    '/admin/login',
    '/ru/no-such-page',
  ]) {
    const response = await request.get(path, { maxRedirects: 0 })
    const headers = response.headers()
    expect(headers['content-security-policy'], path).toContain("object-src 'none'")
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], path).toContain('geolocation=()')
    expect(headers['strict-transport-security'], path).toContain('max-age=')
    expect(headers['x-powered-by'], path).toBeUndefined()
  }
})

test('the site and the admin work under the policy without a single violation', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto('/kk')
  // Again, as the browser revalidates it: the page it keeps must keep the policy that admits its scripts.
  await page.reload()
  await page.waitForLoadState('networkidle')
  await page.getByRole('main').getByRole('link').first().click()
  await page.waitForLoadState('networkidle')
  await signInToAdmin(page)
  await page.goto('/admin')
  await expect(page.getByRole('navigation').first()).toBeVisible()
  await page.goto('/admin/collections/press-releases/create')
  await page.waitForLoadState('networkidle')
  expect(violations).toEqual([])
})

test('a script put into a page by anyone but the page itself does not run', async ({ page }) => {
  const response = await page.goto('/ru/press-releases')
  const scriptSources =
    /script-src ([^;]*)/.exec(response?.headers()['content-security-policy'] ?? '')?.[1] ?? ''
  expect(scriptSources).toContain("'sha256-")
  expect(scriptSources).not.toContain('unsafe-inline')
  const ran = await page.evaluate(async () => {
    const injected = document.createElement('script')
    injected.textContent = 'document.documentElement.dataset.injected = "yes"'
    document.body.append(injected)
    await new Promise((resolve) => setTimeout(resolve, 100))
    return document.documentElement.dataset.injected
  })
  expect(ran).toBeUndefined()
})
