// A draft (a new text, or the next version of a published one) and a language not yet published must not reach a
// visitor by any road: page, REST with any parameter, versions, search, feeds, sitemap, share image or GraphQL.
import { expect, test } from '@playwright/test'

import { drawDocumentPdf } from '../../seed/pdf'
import { deleteRelease, draftRelease, type DraftRelease } from '../helpers/releases'
import { sitemapPartAddresses, wholeSitemap } from '../helpers/sitemap'
import { staffAuthorization } from '../helpers/staff'
import { WITHOUT_REVIEW } from '../helpers/withoutReview'

// Words that appear only in unpublished text, so finding one anywhere is a leak.
const NEXT_VERSION = 'жобадағыжасырынсөз'
const NEVER_PUBLISHED = 'жарияланбағанқұпия'
const RUSSIAN_DRAFT = 'неопубликованныйчерновик'

test.describe.serial('unpublished text', () => {
  let headers: { Authorization: string }
  let published: DraftRelease
  let secret: DraftRelease

  test.beforeAll(async ({ request }) => {
    headers = await staffAuthorization(request)
    published = await draftRelease(request, headers, 'kk', {
      title: 'Жарияланған мәлімдеме',
      summary: 'Жарияланған қысқаша мазмұн',
      body: 'Жарияланған мәтін',
    })
    const publish = await request.patch(`/api/press-releases/${published.id}?locale=kk`, {
      headers,
      data: { ...WITHOUT_REVIEW, _status: 'published' },
    })
    expect(publish.ok()).toBe(true)
    // The next version of the Kazakh text, and a Russian translation, both saved as drafts only.
    for (const [locale, summary] of [
      ['kk', `Келесі нұсқа ${NEXT_VERSION}`],
      ['ru', `Перевод ${RUSSIAN_DRAFT}`],
    ] as const) {
      const saved = await request.patch(`/api/press-releases/${published.id}?locale=${locale}&draft=true`, {
        headers,
        data: { title: `${summary} тақырып`, summary, _status: 'draft' },
      })
      expect(saved.ok(), await saved.text()).toBe(true)
    }
    secret = await draftRelease(request, headers, 'kk', {
      title: `Жоба ${NEVER_PUBLISHED}`,
      summary: NEVER_PUBLISHED,
      body: NEVER_PUBLISHED,
    })
  })

  test.afterAll(async ({ request }) => {
    for (const release of [published, secret]) if (release) await deleteRelease(request, headers, release.id)
  })

  const leaks = (text: string) =>
    [NEXT_VERSION, NEVER_PUBLISHED, RUSSIAN_DRAFT].filter((word) => text.includes(word))

  test('does not reach the pages: the published text stays, a draft language says it is unavailable', async ({
    request,
  }) => {
    const page = await request.get(`/kk/press-releases/${published.slug}`)
    expect(page.status()).toBe(200)
    expect(leaks(await page.text())).toEqual([])
    // The Russian address tells the visitor which languages the release is in, and keeps out of search engines.
    const russian = await request.get(`/ru/press-releases/${published.slug}`)
    const html = await russian.text()
    expect(leaks(html)).toEqual([])
    expect(html).toContain('<meta name="robots" content="noindex')
    expect((await request.get(`/kk/press-releases/${secret.slug}`)).status()).toBe(404)
  })

  test('does not reach REST, whatever a visitor asks for', async ({ request }) => {
    for (const query of [
      'draft=true',
      'draft=true&locale=all',
      'draft=true&locale=ru&fallback-locale=none',
      'draft=true&where[_status][equals]=draft',
      'where[_status][not_equals]=published',
      `where[title][like]=${NEVER_PUBLISHED}`,
      'trash=true',
      'depth=2&locale=all',
    ]) {
      const response = await request.get(`/api/press-releases?limit=100&${query}`)
      expect(response.status(), query).toBeLessThan(500)
      expect(leaks(await response.text()), query).toEqual([])
    }
    for (const path of [
      `/api/press-releases/${published.id}?draft=true&locale=all`,
      `/api/press-releases/${secret.id}?draft=true`,
      `/api/press-releases/versions?limit=100`,
      `/api/press-releases/versions?where[parent][equals]=${secret.id}&draft=true`,
      `/api/payload-locked-documents?limit=100`,
    ]) {
      const response = await request.get(path)
      expect(response.status(), path).toBeLessThan(500)
      expect(leaks(await response.text()), path).toEqual([])
    }
    expect((await request.get(`/api/press-releases/${secret.id}`)).status()).toBe(404)
    expect((await request.get('/api/press-releases/versions')).status()).toBe(403)
    expect((await request.post('/api/graphql', { data: { query: '{ __typename }' } })).status()).toBe(404)
  })

  test('is not found by search, nor listed in feeds or the sitemap', async ({ request }) => {
    for (const [locale, word] of [
      ['kk', NEXT_VERSION],
      ['kk', NEVER_PUBLISHED],
      ['ru', RUSSIAN_DRAFT],
    ] as const) {
      // The page repeats the query, so what counts is that neither release is among the results.
      const results = await (await request.get(`/${locale}/search?q=${encodeURIComponent(word)}`)).text()
      for (const release of [published, secret])
        expect(results, word).not.toContain(`/press-releases/${release.slug}"`)
    }
    // The published text itself is found, so the checks above look at real result links.
    const found = await (
      await request.get(`/kk/search?q=${encodeURIComponent('Жарияланған мәлімдеме')}`)
    ).text()
    expect(found).toContain(`/press-releases/${published.slug}"`)
    for (const path of ['/kk/press-releases/feed.xml', '/ru/press-releases/feed.xml', '/sitemap.xml']) {
      const text =
        path === '/sitemap.xml' ? await wholeSitemap(request) : await (await request.get(path)).text()
      expect(leaks(text), path).toEqual([])
      expect(text, path).not.toContain(secret.slug)
      expect(text, path).not.toContain(`/ru/press-releases/${published.slug}`)
    }
  })

  test('has no share image', async ({ request }) => {
    for (const path of [
      `/kk/press-releases/${secret.slug}/share-image.png`,
      `/ru/press-releases/${published.slug}/share-image.png`,
    ])
      expect((await request.get(path)).status(), path).toBe(404)
    const shared = await request.get(`/kk/press-releases/${published.slug}/share-image.png`)
    expect(shared.status()).toBe(200)
  })
})

// Documents follow the same rules, and their PDFs too: the Russian file of a document whose Russian text is a draft
// stays out of the media list and its address refuses visitors.
test.describe.serial('an unpublished document language', () => {
  const DRAFT_WORD = 'документнеопубликован'
  let headers: { Authorization: string }
  let documentId: number
  let slug: string
  let russianPdf: { id: number; filename: string }
  let kazakhPdf: { id: number; filename: string }

  test.beforeAll(async ({ request }) => {
    headers = await staffAuthorization(request)
    const upload = async (locale: 'kk' | 'ru', title: string) => {
      const buffer = await drawDocumentPdf({
        title,
        heading: ['СІМ'],
        placeAndDate: 'Астана',
        body: title,
        language: locale,
      })
      const response = await request.post(`/api/media?locale=${locale}`, {
        headers,
        multipart: {
          file: { name: `leak-${locale}.pdf`, mimeType: 'application/pdf', buffer },
          _payload: JSON.stringify({ alt: title }),
        },
      })
      expect(response.ok(), await response.text()).toBe(true)
      const { doc } = (await response.json()) as { doc: { id: number; filename: string } }
      return doc
    }
    kazakhPdf = await upload('kk', 'Жарияланған хаттама')
    russianPdf = await upload('ru', `Протокол ${DRAFT_WORD}`)
    const created = await request.post('/api/documents?locale=kk', {
      headers,
      data: {
        title: 'Жарияланған хаттама',
        slug: 'leak-check-protocol',
        documentType: 'protocol',
        signedAt: '2019-03-01T12:00:00.000Z',
        file: kazakhPdf.id,
        _status: 'published',
        ...WITHOUT_REVIEW,
      },
    })
    expect(created.ok(), await created.text()).toBe(true)
    ;({ id: documentId, slug } = ((await created.json()) as { doc: { id: number; slug: string } }).doc)
    const drafted = await request.patch(`/api/documents/${documentId}?locale=ru&draft=true`, {
      headers,
      data: { title: `Протокол ${DRAFT_WORD}`, summary: DRAFT_WORD, file: russianPdf.id, _status: 'draft' },
    })
    expect(drafted.ok(), await drafted.text()).toBe(true)
  })

  test.afterAll(async ({ request }) => {
    if (documentId)
      expect((await request.delete(`/api/documents/${documentId}`, { headers })).ok()).toBe(true)
    for (const file of [kazakhPdf, russianPdf])
      if (file) expect((await request.delete(`/api/media/${file.id}`, { headers })).ok()).toBe(true)
  })

  test('reaches no page, list, REST answer, search, feed or sitemap, and its PDF stays closed', async ({
    request,
  }) => {
    const russian = await (await request.get(`/ru/documents/${slug}`)).text()
    expect(russian).not.toContain(DRAFT_WORD)
    expect(russian).toContain('<meta name="robots" content="noindex')
    expect(await (await request.get(`/kk/documents/${slug}`)).text()).toContain('Жарияланған хаттама')
    for (const path of [
      '/ru/documents',
      '/ru/documents?year=2019',
      `/ru/search?q=${DRAFT_WORD}`,
      '/ru/documents/feed.xml',
      ...(await sitemapPartAddresses(request)),
      '/api/documents?limit=100&draft=true&locale=all',
      `/api/documents/${documentId}?draft=true&locale=ru`,
      '/api/documents/versions?limit=100',
      '/api/media?limit=100&locale=all',
    ]) {
      const response = await request.get(path)
      expect(response.status(), path).toBeLessThan(500)
      const text = await response.text()
      // The search page repeats the query itself; a result would link the document.
      if (path.includes('search')) expect(text, path).not.toContain(`/ru/documents/${slug}"`)
      else expect(text, path).not.toContain(DRAFT_WORD)
      expect(text, path).not.toContain(russianPdf.filename)
      expect(text, path).not.toContain(`/ru/documents/${slug}<`)
    }
    expect((await request.get(`/api/media/file/${russianPdf.filename}`)).status()).toBe(403)
    expect((await request.get(`/api/media/file/${kazakhPdf.filename}`)).status()).toBe(200)
  })
})
