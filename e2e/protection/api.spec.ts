import { expect, test } from '@playwright/test'

interface Page<T> {
  docs: T[]
  totalDocs: number
}

test.describe('the public REST API', () => {
  test('gives anyone the published releases in one language, without another language’s text', async ({
    request,
  }) => {
    const response = await request.get('/api/press-releases?locale=kk&fallback-locale=none&depth=0&limit=100')
    expect(response.status()).toBe(200)
    const body = (await response.json()) as Page<{ title: string; slug: string; _status: string }>
    expect(body.totalDocs).toBeGreaterThanOrEqual(12)
    for (const doc of body.docs) expect(doc._status).toBe('published')
    const talks = body.docs.find(
      (doc) => doc.slug === 'kazakhstan-kyrgyzstan-foreign-ministers-talks-bishkek',
    )
    expect(talks?.title).toMatch(/Бішкек/)
  })

  test('keeps staff accounts and drafts from visitors', async ({ request }) => {
    expect((await request.get('/api/users')).status()).toBe(403)
    const drafts = await request.get('/api/press-releases?draft=true&where[_status][equals]=draft')
    expect(drafts.status()).toBe(200)
    expect(((await drafts.json()) as Page<unknown>).totalDocs).toBe(0)
  })
})
