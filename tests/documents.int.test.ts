// Official documents, on the engine of the Vitest project (int-sqlite, int-postgres): published language by
// language like releases, found by the site's lists, search and sitemap only where published, and their PDFs (one per
// language) out of a visitor's reach until the document carrying them is published in some language.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import type { Document, User } from '@/payload-types'
import { drawDocumentPdf } from '@/seed/pdf'

import type { TestDatabase } from './helpers/databases'
import { testEngine } from './helpers/engine'
import { startPayload, stopPayload } from './helpers/payload'

const { kind, createDatabase } = testEngine()

// A word in one Russian draft only (each draft its own ending): finding it anywhere a visitor looks is a leak.
let drafts = 0
const russianDraftWord = () => `нераскрытыйпроект${String.fromCharCode(0x430 + drafts++)}`

describe(`official documents on ${kind}`, () => {
  let database: TestDatabase
  let payload: Payload
  const staff = new Map<'author' | 'editor', User>()
  let counter = 0

  beforeAll(async () => {
    database = await createDatabase()
    payload = await startPayload(database.uri, kind)
    for (const role of ['author', 'editor'] as const) {
      staff.set(
        role,
        await payload.create({
          collection: 'users',
          data: {
            email: `${role}-documents-${kind}@example.com`,
            password: 'a long test password',
            name: role,
            role,
          },
        }),
      )
    }
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  const as = (role: 'visitor' | 'author' | 'editor') => ({
    overrideAccess: false,
    user: role === 'visitor' ? undefined : staff.get(role),
  })
  // Imported once the suite has chosen its database: the configuration reads the environment on first import.
  const lib = async () => ({
    ...(await import('@/lib/reads/documents')),
    ...(await import('@/lib/reads/bySlug')),
    ...(await import('@/lib/reads/languagesOf')),
    ...(await import('@/lib/search/searchSite')),
    ...(await import('@/lib/metadata/sitemapContent')),
    ...(await import('@/lib/search/foldText')),
  })
  const rest = async (path: string) => (await import('./security/rest')).rest('GET', path)

  async function uploadPdf(title: string, locale: Locale): Promise<{ id: number; filename: string }> {
    const data = await drawDocumentPdf({
      title,
      heading: ['ҚР СІМ'],
      placeAndDate: 'Астана',
      body: title,
      language: locale,
    })
    const created = await payload.create({
      collection: 'media',
      locale,
      data: { alt: title },
      file: {
        data,
        mimetype: 'application/pdf',
        name: `document-${kind}-${++counter}.pdf`,
        size: data.length,
      },
      ...as('author'),
    })
    return { id: created.id, filename: created.filename ?? '' }
  }

  /** A document an editor publishes in Kazakh; an author then drafts its Russian text with a Russian PDF. */
  async function kazakhPublishedRussianDrafted() {
    const draftWord = russianDraftWord()
    const kkPdf = await uploadPdf('Бірлескен мәлімдеме', 'kk')
    const ruPdf = await uploadPdf(`Совместное заявление ${draftWord}`, 'ru')
    const document: Document = await payload.create({
      collection: 'documents',
      locale: 'kk',
      data: {
        title: `Сыртқы істер министрлерінің бірлескен мәлімдемесі ${++counter}`,
        slug: `joint-statement-${kind}-${counter}`,
        documentType: 'joint-statement',
        number: '№ 11-1-4/245',
        signedAt: '2026-02-13T12:00:00.000Z',
        place: 'Бішкек қаласы',
        signatory: 'Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев',
        file: kkPdf.id,
        _status: 'published',
      },
      ...as('editor'),
    })
    await payload.update({
      collection: 'documents',
      id: document.id,
      locale: 'ru',
      draft: true,
      data: {
        title: `Совместное заявление ${draftWord}`,
        summary: draftWord,
        file: ruPdf.id,
        _status: 'draft',
      },
      ...as('author'),
    })
    return { document, kkPdf, ruPdf, draftWord }
  }

  it('is published in one language while another is a draft: lists, languages, search and sitemap agree', async () => {
    const { documentsPage, languagesOf, searchSite, publishedDocuments, queryWords } = await lib()
    const { document, draftWord } = await kazakhPublishedRussianDrafted()

    const listed = async (locale: Locale) =>
      (await documentsPage(locale, { page: 1 })).docs.map((doc) => doc.id).includes(document.id)
    expect([await listed('kk'), await listed('ru'), await listed('en')]).toEqual([true, false, false])
    expect(await languagesOf('documents', document.slug)).toEqual(['kk'])

    const found = async (locale: Locale, query: string) =>
      (await searchSite(locale, queryWords(query), 1)).hits
        .filter((hit) => hit.kind === 'document')
        .map((hit) => hit.id)
    expect(await found('kk', 'МИНИСТРЛЕРІНІҢ бірлескен')).toContain(document.id)
    expect(await found('kk', '11-1-4/245')).toContain(document.id)
    expect(await found('ru', draftWord)).toEqual([])

    const inSitemap = (await publishedDocuments('documents')).find((entry) => entry.slug === document.slug)
    expect(inSitemap?.languages).toEqual(['kk'])

    // The editor publishes the translation: now it is public in Russian too.
    await payload.update({
      collection: 'documents',
      id: document.id,
      locale: 'ru',
      data: { _status: 'published' },
      ...as('editor'),
    })
    expect([await listed('kk'), await listed('ru'), await listed('en')]).toEqual([true, true, false])
    expect(await found('ru', draftWord)).toContain(document.id)
    expect(await languagesOf('documents', document.slug)).toEqual(['kk', 'ru'])
  })

  it('withdrawn in one language, keeps its page there but leaves that language’s list, search and sitemap', async () => {
    const { documentsPage, publishedBySlug, searchSite, publishedDocuments, queryWords } = await lib()
    const { document } = await kazakhPublishedRussianDrafted()
    const explanation = 'Мәлімдеме жаңа редакциясымен ауыстырылды.'
    await payload.update({
      collection: 'documents',
      id: document.id,
      locale: 'kk',
      data: { withdrawn: true, withdrawalExplanation: explanation, _status: 'published' },
      ...as('editor'),
    })
    expect(await publishedBySlug('documents', 'kk', document.slug)).toMatchObject({
      withdrawalExplanation: explanation,
      withdrawnAt: expect.any(String),
      firstPublishedAt: expect.any(String),
    })
    expect((await documentsPage('kk', { page: 1 })).docs.map((doc) => doc.id)).not.toContain(document.id)
    const hits = (await searchSite('kk', queryWords('11-1-4/245'), 1)).hits.map((hit) => hit.id)
    expect(hits).not.toContain(document.id)
    const inSitemap = (await publishedDocuments('documents')).find((entry) => entry.slug === document.slug)
    expect(inSitemap).toBeUndefined()
  })

  it('shows anonymous REST only published languages, never a draft', async () => {
    const { document, draftWord } = await kazakhPublishedRussianDrafted()
    const neverPublished = russianDraftWord()
    const draftOnly = await payload.create({
      collection: 'documents',
      locale: 'kk',
      draft: true,
      data: {
        title: `Жоба ${neverPublished}`,
        documentType: 'order',
        signedAt: '2026-01-10T12:00:00.000Z',
        _status: 'draft',
      },
      ...as('author'),
    })
    for (const path of [
      '/documents?limit=100&draft=true&locale=all',
      '/documents?limit=100&locale=ru&fallback-locale=none',
      '/documents?limit=100&where[_status][equals]=draft&draft=true',
      `/documents/${document.id}?locale=all&draft=true`,
      `/documents/${document.id}?locale=ru&draft=true`,
      '/documents/versions?limit=100',
    ]) {
      const response = await rest(path)
      expect(response.status, path).toBeLessThan(500)
      const text = await response.text()
      expect(text, path).not.toContain(draftWord)
      expect(text, path).not.toContain(neverPublished)
    }
    expect((await rest(`/documents/${draftOnly.id}`)).status).toBe(404)
    const kazakh = await rest(`/documents/${document.id}?locale=kk`)
    expect(kazakh.status).toBe(200)
    expect(((await kazakh.json()) as { number: string }).number).toBe('№ 11-1-4/245')
  })

  it('keeps the PDF of an unpublished language from visitors, in the media list and at its address', async () => {
    const { document, kkPdf, ruPdf } = await kazakhPublishedRussianDrafted()
    const visitorSees = async (id: number) =>
      (await payload.find({ collection: 'media', where: { id: { equals: id } }, ...as('visitor') })).docs
        .length
    expect([await visitorSees(kkPdf.id), await visitorSees(ruPdf.id)]).toEqual([1, 0])
    const mediaList = await (await rest('/media?limit=100&locale=all')).text()
    expect(mediaList).toContain(kkPdf.filename)
    expect(mediaList).not.toContain(ruPdf.filename)

    const published = await rest(`/media/file/${kkPdf.filename}`)
    expect(published.status).toBe(200)
    expect(published.headers.get('content-type')).toBe('application/pdf')
    expect((await rest(`/media/file/${ruPdf.filename}`)).status).toBe(403)
    // Staff see every file.
    const asAuthor = await payload.find({
      collection: 'media',
      where: { id: { equals: ruPdf.id } },
      ...as('author'),
    })
    expect(asAuthor.docs).toHaveLength(1)

    await payload.update({
      collection: 'documents',
      id: document.id,
      locale: 'ru',
      data: { _status: 'published' },
      ...as('editor'),
    })
    expect(await visitorSees(ruPdf.id)).toBe(1)
    expect((await rest(`/media/file/${ruPdf.filename}`)).status).toBe(200)
  })

  it('is filtered by type and by the year of signing on Astana’s calendar', async () => {
    const { documentsPage, documentYears } = await lib()
    const pdf = await uploadPdf('Келісім', 'kk')
    const agreement = await payload.create({
      collection: 'documents',
      locale: 'kk',
      data: {
        title: 'Азаматтардың өзара сапарлары туралы келісім',
        slug: `agreement-${kind}`,
        documentType: 'agreement',
        // 20:00 UTC on 31 December is already New Year's Day in Astana.
        signedAt: '2023-12-31T20:00:00.000Z',
        file: pdf.id,
        _status: 'published',
      },
      ...as('editor'),
    })
    const ids = async (filters: Parameters<typeof documentsPage>[1]) =>
      (await documentsPage('kk', filters)).docs.map((doc) => doc.id)
    expect(await ids({ page: 1, type: 'agreement' })).toEqual([agreement.id])
    expect(await ids({ page: 1, type: 'agreement', year: 2024 })).toEqual([agreement.id])
    expect(await ids({ page: 1, year: 2023 })).toEqual([])
    expect(await ids({ page: 1, type: 'memorandum' })).toEqual([])
    expect(await documentYears('kk')).toEqual([2026, 2025, 2024])
  })

  it('takes only a PDF as its file, and only an editor publishes it', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Сурет' },
      file: {
        data: await (
          await import('sharp')
        )
          .default({ create: { width: 8, height: 8, channels: 3, background: '#00afca' } })
          .jpeg()
          .toBuffer(),
        mimetype: 'image/jpeg',
        name: `photo-${kind}.jpg`,
        size: 0,
      },
      ...as('author'),
    })
    const data = {
      title: 'Бұйрық',
      slug: `order-${kind}`,
      documentType: 'order' as const,
      signedAt: '2026-01-10T12:00:00.000Z',
    }
    await expect(
      payload.create({
        collection: 'documents',
        locale: 'kk',
        data: { ...data, file: image.id, _status: 'published' },
        ...as('editor'),
      }),
    ).rejects.toThrow(/file/i)
    const pdf = await uploadPdf('Бұйрық', 'kk')
    await expect(
      payload.create({
        collection: 'documents',
        locale: 'kk',
        data: { ...data, file: pdf.id, _status: 'published' },
        ...as('author'),
      }),
    ).rejects.toThrow()
  })
})
