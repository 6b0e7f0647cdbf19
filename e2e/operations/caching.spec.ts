import { expect, test } from '@playwright/test'

import { LOW_VISION_COOKIE, lowVisionView } from '../../lib/pages/lowVision'
import { deleteRelease, draftRelease } from '../helpers/releases'
import { staffAuthorization } from '../helpers/staff'
import { WITHOUT_REVIEW } from '../helpers/withoutReview'

const GZIP = { 'Accept-Encoding': 'gzip' }

test('a page is served from the cache, compressed, and a shared proxy may keep it a minute', async ({
  request,
}) => {
  // A page kept longer than its minute is served STALE once while it renders anew; then it is a HIT.
  await expect
    .poll(async () => (await request.get('/kk/events')).headers()['x-nextjs-cache'], { timeout: 15_000 })
    .toBe('HIT')
  const response = await request.get('/kk/events', { headers: GZIP })
  expect(response.status()).toBe(200)
  expect(response.headers()['x-nextjs-cache']).toBe('HIT')
  expect(response.headers()['cache-control']).toBe('s-maxage=60, stale-while-revalidate=240')
  expect(response.headers()['content-encoding']).toBe('gzip')
})

test('a browser that holds a page is answered 304 without the page, under the same policy', async ({
  request,
}) => {
  const page = await request.get('/ru/press-releases', { headers: { 'Accept-Encoding': 'identity' } })
  const etag = page.headers()['etag']
  expect(etag).toMatch(/^"[\w-]+"$/)
  const again = await request.get('/ru/press-releases', {
    headers: { 'Accept-Encoding': 'identity', 'If-None-Match': etag ?? '' },
  })
  expect(again.status()).toBe(304)
  expect((await again.body()).length).toBe(0)
  expect(again.headers()['content-security-policy']).toBe(page.headers()['content-security-policy'])
  expect(again.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/)
})

test('a list with a page number or a filter, and search, are answered on request and never kept', async ({
  request,
}) => {
  for (const path of ['/ru/press-releases?page=2', '/en/events/past?page=1', '/kk/search?q=Қазақстан']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['cache-control'], path).toContain('no-store')
  }
  // The bare list is the cached page, and its second page is a different one.
  const first = await (await request.get('/ru/press-releases')).text()
  const second = await (await request.get('/ru/press-releases?page=2')).text()
  expect(second).not.toBe(first)
})

test('each version for the visually impaired is a cached page of its own', async ({ browser, baseURL }) => {
  const view = lowVisionView({ text: '200', contrast: 'high', images: 'hidden' })
  const lowVision = await browser.newContext({ baseURL })
  await lowVision.addCookies([{ name: LOW_VISION_COOKIE, value: view, url: baseURL! }])
  await lowVision.request.get('/en/events')
  const chosen = await lowVision.request.get('/en/events')
  expect(chosen.headers()['x-nextjs-cache']).toBe('HIT')
  expect((await chosen.text()).match(/<html[^>]*>/)?.[0]).toContain('data-text-size="200"')

  const standard = await browser.newContext({ baseURL })
  const plain = await standard.request.get('/en/events')
  expect((await plain.text()).match(/<html[^>]*>/)?.[0]).not.toContain('data-text-size')
  await Promise.all([lowVision.close(), standard.close()])
})

test('the first request after a publish or an edit already has the new text', async ({ request }) => {
  const headers = await staffAuthorization(request)
  const draft = await draftRelease(request, headers, 'en', {
    title: 'Cache freshness check: a release published while its page is cached',
    summary: 'A release the caching test publishes and edits.',
    body: 'Its page must change at the very first request after each save.',
  })
  const address = `/en/press-releases/${draft.slug}`
  try {
    // The 404 is cached too, like any page, until the release is published.
    expect((await request.get(address)).status()).toBe(404)
    expect((await request.get(address)).status()).toBe(404)

    const published = await request.patch(`/api/press-releases/${draft.id}?locale=en`, {
      headers,
      data: { ...WITHOUT_REVIEW, _status: 'published' },
    })
    expect(published.ok()).toBe(true)
    const page = await request.get(address)
    expect(page.status()).toBe(200)
    expect(await page.text()).toContain(draft.title)
    expect((await request.get(address)).headers()['x-nextjs-cache']).toBe('HIT')

    const title = 'Cache freshness check: the title after an edit'
    const edited = await request.patch(`/api/press-releases/${draft.id}?locale=en`, {
      headers,
      data: { ...WITHOUT_REVIEW, title, _status: 'published' },
    })
    expect(edited.ok()).toBe(true)
    expect(await (await request.get(address)).text()).toContain(title)
  } finally {
    await deleteRelease(request, headers, draft.id)
  }
  expect((await request.get(address)).status()).toBe(404)
})

test('photos come in the widths the layout needs, as WebP made on upload, and only the first loads at once', async ({
  page,
  request,
}) => {
  await page.goto('/ru/press-releases')
  const photos = page.getByRole('main').getByRole('listitem').getByRole('img')
  await expect(photos.first()).toHaveAttribute('loading', 'eager')
  await expect(photos.nth(1)).toHaveAttribute('loading', 'lazy')
  for (const attribute of ['width', 'height', 'sizes'])
    await expect(photos.first()).toHaveAttribute(attribute, /./)

  // The first photo is announced in the head, so the browser fetches it before it has laid out the page.
  const srcset = (await photos.first().getAttribute('srcset')) ?? ''
  await expect(page.locator(`head link[rel="preload"][as="image"][imagesrcset="${srcset}"]`)).toHaveCount(1)
  const candidates = srcset.split(', ').map((candidate) => candidate.split(' '))
  expect(candidates.map(([, width]) => width)).toEqual(['480w', '960w'])
  for (const [url] of candidates) {
    // Served as stored, not converted per request: no image optimizer in between.
    expect(url).toMatch(/^\/api\/media\/file\/[^?]+\.webp$/)
    const image = await request.get(url!)
    expect(image.status()).toBe(200)
    expect(image.headers()['content-type']).toBe('image/webp')
    expect(image.headers()['cache-control']).toBe('public, max-age=86400')
  }
})

test('Noto Sans is downloaded from the site itself, Kazakh letters included', async ({ page, baseURL }) => {
  const fontOrigins = new Set<string>()
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font') fontOrigins.add(new URL(response.url()).origin)
  })
  await page.goto('/kk')
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts]
      .filter((face) => face.family.includes('Noto Sans') && face.status === 'loaded')
      .map((face) => face.unicodeRange)
  })
  // ә (U+04D9) and the other Kazakh letters come from their own subset; extended Cyrillic's 22 KB file is not needed.
  expect(
    loaded.some((range) => /U\+0?4D8-0?4D9/i.test(range)),
    loaded.join(' | '),
  ).toBe(true)
  expect(
    loaded.some((range) => /U\+0?460-/i.test(range)),
    loaded.join(' | '),
  ).toBe(false)
  expect([...fontOrigins]).toEqual([new URL(baseURL!).origin])
})
