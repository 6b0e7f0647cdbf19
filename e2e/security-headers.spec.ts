import { expect, test } from '@playwright/test'

import { signInToAdmin } from './helpers/staff'

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
  await page.getByRole('main').getByRole('link').first().click()
  await page.waitForLoadState('networkidle')
  await signInToAdmin(page)
  await page.goto('/admin')
  await expect(page.getByRole('navigation').first()).toBeVisible()
  await page.goto('/admin/collections/press-releases/create')
  await page.waitForLoadState('networkidle')
  expect(violations).toEqual([])
})
