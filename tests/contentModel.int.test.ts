// The content model's promises, on the engine of the Vitest project (int-sqlite, int-postgres).
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { events } from '@/seed/content/events'
import { pressReleases } from '@/seed/content/press-releases'
import { seed } from '@/seed/index'
import { paragraphsToRichText } from '@/seed/richText'

import type { TestDatabase } from './helpers/databases'
import { testEngine } from './helpers/engine'
import { startPayload, stopPayload } from './helpers/payload'

const { kind, createDatabase } = testEngine()

const BISHKEK = 'kazakhstan-kyrgyzstan-foreign-ministers-talks-bishkek'

describe(`the content model on ${kind}`, () => {
  let database: TestDatabase
  let payload: Payload
  let editor: User

  beforeAll(async () => {
    database = await createDatabase()
    payload = await startPayload(database.uri, kind)
    await seed(payload)
    editor = await payload.create({
      collection: 'users',
      data: {
        email: `editor-${kind}@example.com`,
        password: 'a long test password',
        name: 'Editor',
        role: 'editor',
      },
    })
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  const release = (slug: string, title: string, status: 'draft' | 'published' = 'published') => ({
    slug,
    title,
    summary: `${title}: summary`,
    body: paragraphsToRichText([`${title}: body`]),
    publishedAt: new Date().toISOString(),
    _status: status,
  })

  it('holds the demo content in Kazakh, Russian and English', async () => {
    const counts = await Promise.all([
      payload.count({ collection: 'press-releases' }),
      payload.count({ collection: 'events' }),
    ])
    expect(counts.map((count) => count.totalDocs)).toEqual([pressReleases.length, events.length])
    expect(pressReleases.length).toBeGreaterThanOrEqual(12)
    expect(events.length).toBeGreaterThanOrEqual(8)

    const titles = await Promise.all(
      locales.map(async (locale) => {
        const found = await payload.find({
          collection: 'press-releases',
          locale,
          fallbackLocale: false,
          where: { slug: { equals: BISHKEK } },
          depth: 1,
        })
        const doc = found.docs[0]
        expect(doc?.gallery?.length).toBeGreaterThanOrEqual(2)
        for (const image of doc?.gallery ?? []) expect(typeof image === 'object' && image.alt).toBeTruthy()
        return doc?.title
      }),
    )
    expect(titles[0]).toMatch(/Бішкек/)
    expect(titles[1]).toMatch(/Бишкек/)
    expect(titles[2]).toMatch(/Bishkek/)
  })

  it('has upcoming and past events relative to the day of seeding', async () => {
    const now = new Date().toISOString()
    const [upcoming, past] = await Promise.all([
      payload.count({ collection: 'events', where: { startsAt: { greater_than: now } } }),
      payload.count({ collection: 'events', where: { endsAt: { less_than: now } } }),
    ])
    expect(upcoming.totalDocs).toBeGreaterThanOrEqual(3)
    expect(past.totalDocs).toBeGreaterThanOrEqual(3)
  })

  it('seeds again without making copies', async () => {
    const before = await payload.count({ collection: 'media' })
    await seed(payload)
    const after = await Promise.all([
      payload.count({ collection: 'press-releases' }),
      payload.count({ collection: 'media' }),
    ])
    expect(after.map((count) => count.totalDocs)).toEqual([pressReleases.length, before.totalDocs])
  })

  it('shows visitors published texts only, and staff their drafts too', async () => {
    await payload.create({
      collection: 'press-releases',
      locale: 'en',
      data: release('unpublished-draft', 'Draft'),
    })
    await payload.update({
      collection: 'press-releases',
      where: { slug: { equals: 'unpublished-draft' } },
      data: { _status: 'draft' },
    })
    await payload.create({
      collection: 'press-releases',
      locale: 'en',
      draft: true,
      data: release('never-published', 'Never published', 'draft'),
    })
    const asVisitor = await payload.find({
      collection: 'press-releases',
      overrideAccess: false,
      draft: true,
      where: { slug: { in: ['never-published', BISHKEK] } },
    })
    expect(asVisitor.docs.map((doc) => doc.slug)).toEqual([BISHKEK])
    const asEditor = await payload.find({
      collection: 'press-releases',
      overrideAccess: false,
      user: editor,
      draft: true,
      where: { slug: { equals: 'never-published' } },
    })
    expect(asEditor.docs).toHaveLength(1)
  })

  it('does not pass off one language’s text as another’s', async () => {
    await payload.create({
      collection: 'press-releases',
      locale: 'kk',
      data: release('only-in-kazakh', 'Тек қазақ тілінде'),
    })
    const [english, englishWithFallback] = await Promise.all([
      payload.find({
        collection: 'press-releases',
        locale: 'en',
        fallbackLocale: false,
        where: { slug: { equals: 'only-in-kazakh' } },
      }),
      payload.find({
        collection: 'press-releases',
        locale: 'en',
        where: { slug: { equals: 'only-in-kazakh' } },
      }),
    ])
    expect(english.docs[0]?.title ?? null).toBeNull()
    expect(englishWithFallback.docs[0]?.title).toBe('Тек қазақ тілінде')
  })

  it('refuses a second release with the same slug, and slugs outside Latin letters', async () => {
    await expect(
      payload.create({ collection: 'press-releases', locale: 'en', data: release(BISHKEK, 'Copy') }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(
      payload.create({ collection: 'press-releases', locale: 'kk', data: release('Бішкек', 'Кириллица') }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('takes a headline of up to 300 letters, and refuses a longer one', async () => {
    const headline = 'Қазақстан '.repeat(30)
    const longest = await payload.create({
      collection: 'press-releases',
      locale: 'kk',
      data: release('longest-headline', headline),
    })
    expect(longest.title).toHaveLength(300)
    await expect(
      payload.create({
        collection: 'press-releases',
        locale: 'kk',
        data: release('too-long', `${headline}.`),
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('refuses an event that ends before it starts, and links that are not web addresses', async () => {
    const event = {
      slug: 'backwards-event',
      title: 'Backwards',
      kind: 'briefing' as const,
      location: 'Astana',
      summary: 'A test event',
      startsAt: '2026-12-01T10:00:00.000Z',
      endsAt: '2026-12-01T09:00:00.000Z',
    }
    await expect(payload.create({ collection: 'events', locale: 'en', data: event })).rejects.toMatchObject({
      status: 400,
    })
    await expect(
      payload.create({
        collection: 'events',
        locale: 'en',
        data: { ...event, endsAt: null, registrationUrl: 'javascript:alert(1)' },
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('keeps staff accounts from visitors', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
    const asEditor = await payload.find({ collection: 'users', overrideAccess: false, user: editor })
    expect(asEditor.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('finds published texts by any word, in any letter case, in each script', async () => {
    const [{ searchSite }, { queryWords }] = await Promise.all([
      import('@/lib/search/searchSite'),
      import('@/lib/search/foldText'),
    ])
    const slugs = async (locale: 'kk' | 'ru' | 'en', query: string) =>
      (await searchSite(locale, queryWords(query), 1)).hits.map((hit) => hit.slug)
    // Capitals of letters only Kazakh has, and words from the body, not the title.
    expect(await slugs('kk', 'ҚЫРҒЫЗ «АЛТЫН КӨПІР»')).toContain(BISHKEK)
    expect(await slugs('ru', 'ЗОЛОТОЙ мост')).toContain(BISHKEK)
    expect(await slugs('en', 'golden BRIDGE')).toContain(BISHKEK)
    // Each language searches its own text only, and drafts are never found.
    expect(await slugs('en', 'Алтын көпір')).toEqual([])
    // Search finds texts holding any of the words («published» is in others), never the draft holding both.
    expect(await slugs('en', 'never published')).not.toContain('never-published')
  })

  it('lets only administrators create accounts and change roles', async () => {
    await expect(
      payload.create({
        collection: 'users',
        overrideAccess: false,
        user: editor,
        data: {
          email: `new-${kind}@example.com`,
          password: 'another long password',
          name: 'New',
          role: 'admin',
        },
      }),
    ).rejects.toMatchObject({ status: 403 })
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      overrideAccess: false,
      user: editor,
      data: { name: 'Editor, renamed', role: 'admin' },
    })
    expect(updated.name).toBe('Editor, renamed')
    expect(updated.role).toBe('editor')
  })

  it('gives visitors the site’s contacts and navigation in their language', async () => {
    const [kk, ru] = await Promise.all(
      (['kk', 'ru'] as const).map((locale) =>
        payload.findGlobal({ slug: 'site', locale, overrideAccess: false }),
      ),
    )
    expect(kk?.ministryName).toBe('Қазақстан Республикасының Сыртқы істер министрлігі')
    expect(ru?.ministryName).toBe('Министерство иностранных дел Республики Казахстан')
    expect(ru?.navigation?.map((item) => item.label)).toContain('Пресс-релизы')
  })
})
