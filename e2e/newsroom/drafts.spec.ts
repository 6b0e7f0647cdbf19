import { expect, test } from '@playwright/test'

import { deleteRelease, draftRelease } from '../helpers/releases'
import { signInToAdmin, staffAuthorization, staffMember } from '../helpers/staff'

// What the admin gives people working on a draft: a live view of the public page beside the form, the history of
// their versions, a warning when someone else holds the text, and publishing at a set time without anyone present.
// The admin speaks English here (the browser's language) and keeps Almaty's clock, as the ministry's computers do.
test.use({ locale: 'en-US', timezoneId: 'Asia/Almaty', viewport: { width: 1920, height: 1080 } })

const TEXT = {
  summary: 'Тараптар екіжақты ынтымақтастықтың өзекті мәселелерін талқылады.',
  body: 'Кездесу Астанада өтті.',
}

test('live preview shows the public page beside the form and follows the draft as it is typed', async ({
  page,
  request,
}) => {
  const editor = await staffMember(request, 'editor')
  const headers = await staffAuthorization(request, editor)
  const release = await draftRelease(request, headers, 'kk', {
    ...TEXT,
    title: 'Сыртқы істер министрі Венгрия елшісін қабылдады',
  })
  await signInToAdmin(page, editor)
  await page.goto(`/admin/collections/press-releases/${release.id}?locale=kk`)
  // The admin remembers per person whether the preview was open; open it unless it already is.
  const toggle = page.getByRole('button', { name: /Live Preview$/ })
  if ((await toggle.getAttribute('aria-label')) === 'Live Preview') await toggle.click()
  await expect(page.getByRole('button', { name: 'Exit Live Preview' })).toBeVisible()
  const preview = page.frameLocator('iframe')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(release.title)

  const corrected = 'Сыртқы істер министрі Венгрия Елшісін қабылдады'
  await page.getByLabel('Title').fill(corrected)
  // Autosave every two seconds, then the page beside the form refreshes itself.
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(corrected, { timeout: 10_000 })
  await deleteRelease(request, headers, release.id)
})

test('an earlier version is restored from the history', async ({ page, request }) => {
  const editor = await staffMember(request, 'editor')
  const headers = await staffAuthorization(request, editor)
  const first = 'Қазақстан мен Моңғолия арасындағы саяси консультациялар'
  const release = await draftRelease(request, headers, 'kk', { ...TEXT, title: first })
  const patched = await request.patch(`/api/press-releases/${release.id}?locale=kk&draft=true`, {
    headers,
    data: { title: 'Қазақстан мен Моңғолия СІМ-дері арасындағы консультациялар' },
  })
  expect(patched.ok()).toBe(true)

  await signInToAdmin(page, editor)
  await page.goto(`/admin/collections/press-releases/${release.id}/versions?locale=kk`)
  const versions = page.getByRole('row').filter({ hasText: /Draft/ })
  await expect(versions).toHaveCount(2)
  // Newest first: the second row is the version before the correction.
  await versions.nth(1).getByRole('link').first().click()
  await page.getByRole('button', { name: 'Restore this version' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByLabel('Title')).toHaveValue(first)
  const latest = await request.get(`/api/press-releases/${release.id}?locale=kk&draft=true&depth=0`, {
    headers,
  })
  expect(((await latest.json()) as { title: string }).title).toBe(first)
  await deleteRelease(request, headers, release.id)
})

test('whoever opens a release someone else is editing is told who, and may take it over', async ({
  browser,
  page,
  request,
}) => {
  const [editor, author] = [await staffMember(request, 'editor'), await staffMember(request, 'author')]
  const headers = await staffAuthorization(request, editor)
  const release = await draftRelease(request, headers, 'kk', {
    ...TEXT,
    title: 'Қазақстан Республикасының Сыртқы істер министрлігінде брифинг өтті',
  })
  // The admin takes the lock at an editor's first change and each autosave gives it back, so a test typing in the
  // form would race its own autosave: the editor takes the lock as that first change does, then keeps the page open.
  const me = (await (await request.get('/api/users/me', { headers })).json()) as { user: { id: number } }
  const lock = await request.post('/api/payload-locked-documents', {
    headers,
    data: {
      document: { relationTo: 'press-releases', value: release.id },
      user: { relationTo: 'users', value: me.user.id },
    },
  })
  expect(lock.ok(), await lock.text()).toBe(true)
  await signInToAdmin(page, editor)
  await page.goto(`/admin/collections/press-releases/${release.id}?locale=kk`)
  await expect(page.getByLabel('Summary')).toBeEditable()

  const authorContext = await browser.newContext()
  const authorPage = await authorContext.newPage()
  await signInToAdmin(authorPage, author)
  await authorPage.goto(`/admin/collections/press-releases/${release.id}?locale=kk`)
  const locked = authorPage.getByRole('dialog').filter({ hasText: 'Document locked' })
  await expect(locked).toBeVisible()
  await expect(locked).toContainText(editor.email)
  await locked.getByRole('button', { name: 'Take over' }).click()
  await expect(authorPage.getByLabel('Summary')).toBeEditable()

  // The editor learns it at the next keystroke, before anything of theirs is saved over the author's work.
  await page.getByLabel('Summary').press('End')
  await page.getByLabel('Summary').pressSequentially(' Брифинг')
  await expect(page.getByRole('dialog').filter({ hasText: author.email })).toBeVisible()
  // Nor can the release be deleted under the author's hands (423 Locked); the draft stays, seen by nobody outside.
  expect((await request.delete(`/api/press-releases/${release.id}`, { headers })).status()).toBe(423)
  await authorContext.close()
  const unlocked = await request.delete(
    `/api/payload-locked-documents?where[document.relationTo][equals]=press-releases&where[document.value][equals]=${release.id}`,
    { headers },
  )
  expect(unlocked.ok()).toBe(true)
  await deleteRelease(request, headers, release.id)
})

test('a publish scheduled in the admin happens at its time in the chosen language, with nobody present', async ({
  page,
  request,
}) => {
  // Up to 80 s until the chosen minute, then the job's turn (every 10 s) and its publish on a machine that may be
  // busy: a bound that only a publish that never happens would exceed.
  test.setTimeout(240_000)
  const editor = await staffMember(request, 'editor')
  const headers = await staffAuthorization(request, editor)
  const release = await draftRelease(request, headers, 'kk', {
    ...TEXT,
    title: 'Қазақстан делегациясы Женевадағы халықаралық конференцияға қатысады',
  })
  await signInToAdmin(page, editor)
  await page.goto(`/admin/collections/press-releases/${release.id}?locale=kk`)
  // Payload gives the arrow beside "Publish" no accessible name: it is the first menu button among the controls.
  await page.locator('.doc-controls__controls .popup-button').first().click()
  await page.getByRole('button', { name: 'Schedule Publish' }).click()
  const drawer = page.locator('.schedule-publish')
  // The radio button itself is drawn over by its styled label, which takes the click.
  await drawer.getByText('Publish', { exact: true }).click()
  await expect(drawer.getByRole('radio', { name: 'Publish', exact: true })).toBeChecked()
  const at = nextWholeMinute(20)
  // The date field has no label of its own; the only other input in the drawer is the time zone's combobox.
  const time = drawer.getByRole('textbox')
  await time.fill(pickerTime(at))
  await time.press('Enter')
  await expect(drawer).toContainText('Астана / Astana (UTC+5)')
  // The language to publish is the last of the drawer's two comboboxes (the time zone's has a single choice).
  await drawer.getByRole('combobox').last().click()
  await page.getByRole('option', { name: 'Қазақша' }).click()
  await drawer.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Scheduled successfully.')).toBeVisible()
  await page.close()

  // Payload's jobs run inside the server every ten seconds; the page is refreshed by the job, outside any request.
  await expect
    .poll(async () => (await request.get(`/kk/press-releases/${release.slug}`)).status(), {
      timeout: at.getTime() - Date.now() + 90_000,
      intervals: [1_000],
    })
    .toBe(200)
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  const russian = await request.get(`/ru/press-releases/${release.slug}`)
  expect(await russian.text()).toContain('Қазақша')
  await deleteRelease(request, headers, release.id)
})

/** The first whole minute at least this many seconds away. */
function nextWholeMinute(seconds: number): Date {
  const minute = 60_000
  return new Date(Math.ceil((Date.now() + seconds * 1_000) / minute) * minute)
}

/** How the schedule's date picker writes a moment in English ("Nov 27, 2026 10:33 AM"), on Almaty's clock. */
function pickerTime(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Almaty',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  )
  return `${parts.month} ${parts.day}, ${parts.year} ${parts.hour}:${parts.minute} ${parts.dayPeriod}`
}
