import { expect, test } from '@playwright/test'

import { keepScreenshot } from '../helpers/screenshots'
import { signInToAdmin, workerAdministrator } from '../helpers/staff'

const KAZAKH_MONTH = '(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)'

test.describe('a staff member whose browser prefers Kazakh', () => {
  test.use({ locale: 'kk-KZ' })

  test('signs in on a Kazakh login page, and a wrong password is told in Kazakh', async ({
    page,
    request,
  }) => {
    const administrator = await workerAdministrator(request)
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/login/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
    await page.getByLabel('Электрондық пошта').fill(administrator.email)
    await page.getByLabel('Құпиясөз').fill('not the password')
    await page.getByRole('button', { name: 'Кіру' }).click()
    // The message comes from the API, which the admin asks in Kazakh.
    await expect(page.getByText('Электрондық пошта немесе құпиясөз қате.')).toBeVisible()

    await page.getByLabel('Құпиясөз').fill(administrator.password)
    await page.getByRole('button', { name: 'Кіру' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    await expect(page.getByRole('heading', { name: 'Жинақтар' })).toBeVisible()
  })

  test('works in Kazakh: buttons, statuses and dates of the press-release list', async ({ page }) => {
    await signInToAdmin(page)
    await page.goto('/admin/collections/press-releases')
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
    // "Жаңасын жасау" on screen, named with the collection for screen readers.
    await expect(page.getByRole('link', { name: /^Жаңа .+ жасау$/ })).toHaveText('Жаңасын жасау')
    await expect(page.getByRole('button', { name: 'Сүзгілер' })).toBeVisible()
    // The Languages column says, per language, whether the text is published.
    await expect(page.getByRole('cell', { name: /Қазақша: жарияланған/ }).first()).toBeVisible()
    await expect(
      page
        .getByRole('cell', { name: new RegExp(`^\\d{4} жылғы \\d{1,2} ${KAZAKH_MONTH}, \\d{1,2}:\\d{2}$`) })
        .first(),
    ).toBeVisible()
  })

  test('shows a release’s dates in Kazakh in the date pickers, and names the publication log’s rows', async ({
    page,
  }) => {
    await signInToAdmin(page)
    const found = await page.request.get(
      '/api/press-releases?where[slug][equals]=kazakhstan-kyrgyzstan-foreign-ministers-talks-bishkek&depth=0',
    )
    const { docs } = (await found.json()) as { docs: { id: number }[] }
    await page.goto(`/admin/collections/press-releases/${docs[0]?.id}`)
    const publishedAt = page.locator('#field-publishedAt input')
    // On Astana's clock, as the admin schedules ("2026 жылғы 13 ақпан, 16:00"), never "February 13th, 2026".
    await expect(publishedAt).toHaveValue(new RegExp(`^2026 жылғы 13 ақпан, \\d{2}:\\d{2}$`))
    await publishedAt.click()
    const calendar = page.locator('.react-datepicker')
    await expect(calendar.locator('.react-datepicker__month-select option:checked')).toHaveText('ақпан')
    await expect(calendar.locator('.react-datepicker__day-names')).toContainText(/дс|сс|ср|бс|жм|сб|жс/i)
    await keepScreenshot(page, 'admin-kk-date-picker', false)
    await page.keyboard.press('Escape')

    // Payload would call them "Publication Log 01".
    await expect(page.getByText(/^Жариялау 01$/).first()).toBeVisible()
  })

  test('keeps the language the user chose under Account, over the browser’s', async ({ page }) => {
    await signInToAdmin(page)
    await page.goto('/admin/account')
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
    await page.locator('#language-select').click()
    await page.getByRole('option', { name: 'Русский' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')

    await page.goto('/admin')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(page.getByRole('heading', { name: 'Коллекции' })).toBeVisible()
  })
})

test.describe('a staff member whose browser prefers Russian', () => {
  test.use({ locale: 'ru-RU' })

  test('gets the admin in Russian', async ({ page }) => {
    await page.goto('/admin/login')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(page.getByRole('button', { name: 'Войти' })).toBeVisible()
    await signInToAdmin(page)
    await page.goto('/admin')
    await expect(page.getByRole('heading', { name: 'Коллекции' })).toBeVisible()
  })
})
