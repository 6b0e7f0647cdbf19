// What the fuzzer of every door (scripts/doors) found answering 500, or letting an author publish, now refused.
import { expect, it } from 'vitest'

import { paragraphsToRichText } from '@/seed/richText'

import { publishedRelease, restAs } from './staffRest'
import type { SecurityContext } from '../security/context'

export function fuzzerFindingTests(context: () => SecurityContext) {
  it('answers 404 at Payload’s endpoints this site does not use, instead of failing', async () => {
    const admin = await restAs(context(), 'admin')
    for (const [method, path] of [
      ['GET', '/users/versions'],
      ['GET', '/media/versions/1'],
      ['POST', '/feedback/versions/1'],
      ['GET', '/payload-kv/versions'],
      ['POST', '/users/verify/does-not-exist'],
      ['GET', '/payload-jobs/handle-schedules'],
      ['DELETE', '/payload-preferences/no-such-preference'],
      ['GET', '/media/file/no-such-file.png'],
      ['GET', '/media/file/%25'],
      ['GET', '/payload-preferences/%00'],
      ['GET', '/media/file/a%00.png'],
    ])
      expect((await admin(method!, path!)).status, `${method} ${path}`).toBe(404)
  })

  it('refuses a multipart body without a boundary or cut short with a 400 that says why', async () => {
    const author = await restAs(context(), 'author')
    for (const contentType of ['multipart/form-data', 'multipart/form-data; boundary=x']) {
      const answer = await author('POST', '/media', {
        headers: { 'content-type': contentType, Cookie: 'payload-lng=ru' },
        raw: '{"alt": "x"}',
      })
      expect(answer.status, contentType).toBe(400)
      expect(JSON.stringify(await answer.json())).toContain('форма с файлом оборвана')
    }
  })

  it('answers 400 when the address given instead of a file cannot be fetched', async () => {
    const author = await restAs(context(), 'author')
    const before = await context().payload.count({ collection: 'media' })
    for (const url of ['http://127.0.0.1:9/photo.png', '/api/media/file/no-such-file.png']) {
      const answer = await author('POST', '/media', {
        json: { alt: 'Фото', url, filename: 'photo.png' },
        headers: { Cookie: 'payload-lng=ru' },
      })
      expect(answer.status, url).toBe(400)
      expect(JSON.stringify(await answer.json())).toContain('Загрузите сам файл')
    }
    expect(await context().payload.count({ collection: 'media' })).toEqual(before)
  })

  it('refuses a text holding a NUL or half of a surrogate pair with a 400, as PostgreSQL cannot store it', async () => {
    const admin = await restAs(context(), 'admin')
    const release = await publishedRelease(context())
    for (const [path, raw] of [
      ['/payload-preferences/fuzz-columns', '{"value": {"columns": ["\\ud800"]}}'],
      ['/payload-preferences/fuzz-columns', '{"value": {"a\\u0000": 1}}'],
      [`/press-releases/${release.id}?locale=kk`, '{"title": "a\\u0000b"}'],
    ] as const) {
      const answer = await admin(path.startsWith('/press') ? 'PATCH' : 'POST', path, {
        headers: { 'content-type': 'application/json', Cookie: 'payload-lng=kk' },
        raw,
      })
      expect(answer.status, raw).toBe(400)
      expect(JSON.stringify(await answer.json())).toContain('сақтауға болмайтын таңба')
    }
    const kept = await context().payload.findByID({
      collection: 'press-releases',
      id: release.id,
      locale: 'kk',
    })
    expect(kept.title).toBe(release.title)
  })

  it('holds queries of Payload’s own collections and of choices to the rules, and answers the admin’s own queries', async () => {
    const editor = await restAs(context(), 'editor')
    const within = encodeURIComponent('"; DROP TABLE users;--')
    for (const path of [
      `/payload-locked-documents?where[or][0][id][within]=${within}`,
      '/payload-locked-documents?where[user.value][near]=1,2',
      '/payload-preferences?where[key][within]=x',
      '/press-releases?where[_status][not_equals]=[]&locale=ru',
      '/events/count?where[_status][not_like]=false&locale=kk',
    ])
      expect((await editor('GET', path)).status, path).toBe(400)
    // What the admin asks when it opens a document and a global (@payloadcms/ui's DocumentInfo provider).
    const release = await publishedRelease(context())
    for (const path of [
      `/payload-locked-documents?where[document.relationTo][equals]=press-releases&where[document.value][equals]=${release.id}&depth=1`,
      '/payload-locked-documents?where[globalSlug][equals]=site&depth=1',
      '/payload-preferences/collection-press-releases',
    ])
      expect((await editor('GET', path)).status, path).toBe(200)
  })

  it('refuses ids, pages, dates and patterns the database cannot take with a 400, deleting nothing', async () => {
    const editor = await restAs(context(), 'editor')
    const release = await publishedRelease(context())
    const huge = '9'.repeat(40)
    for (const [method, path] of [
      ['GET', '/events?where[id][equals]=2147483648'],
      ['GET', '/events?where[id][in]=1,2147483648'],
      ['GET', '/press-releases?where[topics][equals]=1.5'],
      ['GET', '/press-releases/versions?where[parent][equals]=2147483648'],
      ['GET', '/payload-locked-documents?where[document.value][equals]=2147483648'],
      ['GET', '/payload-preferences?where[user.value][equals]=1.5'],
      ['GET', `/press-releases?sort=-publishedAt&page=${huge}&limit=100`],
      ['GET', '/events?page=-5'],
      ['GET', `/press-releases/versions?page=${huge}`],
      ['GET', `/globals/site/versions?page=${huge}`],
      ['GET', '/events?where[startsAt][greater_than]=99999-01-01'],
      ['GET', '/events?where[createdAt][less_than]=-271821-04-20'],
      ['GET', '/press-releases?where[title][not_like]=%5C&locale=kk'],
      ['DELETE', `/press-releases?where[id][greater_than_equal]=${huge}`],
      ['DELETE', `/press-releases?where[id][equals]=${release.id}.5`],
    ])
      expect((await editor(method!, path!)).status, `${method} ${path}`).toBe(400)
    for (const path of [
      '/events?where[id][less_than_equal]=2147483647&page=2',
      '/globals/site/versions?page=1',
    ])
      expect((await editor('GET', path)).status, path).toBe(200)
    const kept = await context().payload.count({
      collection: 'press-releases',
      where: { id: { equals: release.id } },
    })
    expect(kept.totalDocs).toBe(1)
  })

  it('refuses data nested 2,000 deep, as JSON or as a form’s _payload, with a 400 in the admin’s language', async () => {
    const admin = await restAs(context(), 'admin')
    const nested = `${'{"a":['.repeat(2000)}1${']}'.repeat(2000)}`
    const form = () => {
      const data = new FormData()
      data.set('_payload', nested)
      return data
    }
    const language = { Cookie: 'payload-lng=ru' }
    for (const [path, options] of [
      [
        '/press-releases?locale=kk',
        { raw: nested, headers: { 'content-type': 'application/json', ...language } },
      ],
      ['/topics', { form: form(), headers: language }],
      ['/press-releases?locale=kk', { form: form(), headers: language }],
      ['/globals/site', { form: form(), headers: language }],
    ] as const) {
      const answer = await admin('POST', path, options)
      expect(answer.status, path).toBe(400)
      expect(JSON.stringify(await answer.json()), path).toContain('Слишком глубокая вложенность данных')
    }
  })

  it('finds nothing, rather than failing on PostgreSQL, at a slug holding a NUL', async () => {
    const { publishedBySlug } = await import('@/lib/reads/bySlug')
    const { languagesOf } = await import('@/lib/reads/languagesOf')
    const { currentSlug } = await import('@/lib/reads/formerSlugs')
    expect(await publishedBySlug('press-releases', 'kk', 'a\u0000b')).toBeNull()
    expect(await languagesOf('events', 'a\u0000b')).toEqual([])
    expect(await currentSlug('documents', 'ru', '\u0000')).toBeNull()
  })

  it('makes a copy, an author’s or an editor’s, a new draft in every language, with none of the original’s record', async () => {
    const visitor = await restAs(context(), 'visitor')
    for (const [role, locale] of [
      ['author', 'ru'],
      ['editor', 'en'],
    ] as const) {
      const release = await publishedRelease(context())
      for (const other of ['ru', 'en'] as const)
        await context().payload.update({
          collection: 'press-releases',
          id: release.id,
          locale: other,
          data: {
            title: `${other} ${release.slug}`,
            summary: 'Summary',
            body: paragraphsToRichText(['Text']),
            _status: 'published',
          },
        })
      expect((await visitor('GET', `/press-releases/${release.id}?locale=en`)).status).toBe(200)
      const copier = await restAs(context(), role)
      const answer = await copier('POST', `/press-releases/${release.id}/duplicate?locale=${locale}`)
      expect(answer.status, await answer.clone().text()).toBeLessThan(300)
      const { doc } = (await answer.json()) as { doc: { id: number } }
      for (const shown of ['kk', 'ru', 'en'] as const) {
        expect(
          (await visitor('GET', `/press-releases/${doc.id}?locale=${shown}`)).status,
          `${role} ${shown}`,
        ).toBe(404)
        const copy = await context().payload.findByID({
          collection: 'press-releases',
          id: doc.id,
          locale: shown,
        })
        expect(copy._status, `${role} ${shown}`).toBe('draft')
        expect(copy.firstPublishedAt ?? null, `${role} ${shown}`).toBeNull()
        expect(copy.publicationLog ?? [], `${role} ${shown}`).toEqual([])
      }
    }
  })
}
