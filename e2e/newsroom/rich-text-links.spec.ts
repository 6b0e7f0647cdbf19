import { createClient } from '@libsql/client'
import { expect, test } from '@playwright/test'

import { linkParagraph, paragraphsToRichText } from '../../seed/richText'
import { deleteRelease } from '../helpers/releases'
import { staffAuthorization } from '../helpers/staff'
import { WITHOUT_REVIEW } from '../helpers/withoutReview'

// The end-to-end server's database (playwright.config.ts), written to directly as an intruder or a faulty import
// would, around Payload's checks.
const DATABASE = 'file:./data/e2e/portal.db'
const PLACEHOLDER = 'https://placeholder.example/replaced-in-the-database'
const SCRIPT = 'javascript:alert(document.domain)'

test('a javascript: link written straight into the database is shown as plain text, not as a link', async ({
  page,
  request,
}) => {
  const headers = await staffAuthorization(request)
  const body = paragraphsToRichText(['Мәлімдеменің толық мәтіні сайтта.'])
  body.root.children.push(linkParagraph({ text: 'Мәлімдемені оқыңыз', url: PLACEHOLDER }))
  const created = await request.post('/api/press-releases?locale=kk', {
    headers,
    data: {
      title: 'Сілтемесі өзгертілген хабарлама',
      slug: 'link-written-around-payload',
      summary: 'Дерекқорға тікелей жазылған сілтеме',
      body,
      publishedAt: '2019-02-01T05:00:00.000Z',
      _status: 'published',
      ...WITHOUT_REVIEW,
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }

  const database = createClient({ url: DATABASE })
  try {
    await database.execute('PRAGMA busy_timeout = 5000')
    const changed = await database.execute({
      sql: 'UPDATE press_releases_locales SET body = replace(body, ?, ?) WHERE _parent_id = ?',
      args: [PLACEHOLDER, SCRIPT, doc.id],
    })
    expect(changed.rowsAffected).toBe(1)
  } finally {
    database.close()
  }

  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  await page.goto(`/kk/press-releases/${doc.slug}`)
  const words = page.getByText('Мәлімдемені оқыңыз')
  await expect(words).toBeVisible()
  await expect(page.getByRole('link', { name: 'Мәлімдемені оқыңыз' })).toHaveCount(0)
  expect(await page.content()).not.toContain('javascript:')
  await words.click()
  await expect(page).toHaveURL(new RegExp(`/kk/press-releases/${doc.slug}$`))
  expect(dialogs).toEqual([])

  await deleteRelease(request, headers, doc.id)
})
