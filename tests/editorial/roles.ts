// Who may do what: every role against every collection and operation, through Payload's access control as the
// admin panel and REST use it (Local API with `overrideAccess: false`).
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { ACTORS, type Actor, type EditorialContext } from './context'

/** The expected answer per actor, in the order of ACTORS: true allowed, false refused. */
type Expected = [visitor: boolean, author: boolean, editor: boolean, admin: boolean]

export function roleTests(context: () => EditorialContext) {
  const as = (actor: Actor) => context().as(actor)
  const unique = (prefix: string) => context().unique(prefix)
  const createEditorial: EditorialContext['createEditorial'] = (...args) => context().createEditorial(...args)

  async function outcome(attempt: () => Promise<unknown>): Promise<boolean> {
    try {
      const result = await attempt()
      // A read the access rules filter out comes back empty rather than refused.
      if (result && typeof result === 'object' && 'docs' in result && Array.isArray(result.docs)) {
        return result.docs.length > 0
      }
      return true
    } catch (error) {
      if (error instanceof Error && 'status' in error && (error.status === 403 || error.status === 404)) {
        return false
      }
      throw error
    }
  }

  async function expectMatrix(attempt: (actor: Actor) => Promise<unknown>, expected: Expected) {
    const answers: boolean[] = []
    for (const actor of ACTORS) answers.push(await outcome(() => attempt(actor)))
    expect(Object.fromEntries(ACTORS.map((actor, i) => [actor, answers[i]]))).toEqual(
      Object.fromEntries(ACTORS.map((actor, i) => [actor, expected[i]])),
    )
  }

  for (const collection of ['press-releases', 'events'] as const) {
    describe(collection, () => {
      it('everyone reads what is published; only staff read drafts and versions', async () => {
        const { payload } = context()
        const published = await createEditorial(collection, 'published')
        const draft = await createEditorial(collection, 'draft')
        const find = (actor: Actor, id: number) =>
          payload.find({
            collection,
            locale: 'kk',
            draft: true,
            where: { id: { equals: id } },
            ...as(actor),
          })
        await expectMatrix((actor) => find(actor, published.id), [true, true, true, true])
        await expectMatrix((actor) => find(actor, draft.id), [false, true, true, true])
        await expectMatrix(
          (actor) =>
            payload.findVersions({ collection, where: { parent: { equals: published.id } }, ...as(actor) }),
          [false, true, true, true],
        )
      })

      it('staff write drafts; only editors and admins publish', async () => {
        const { payload } = context()
        await expectMatrix(
          (actor) => createEditorial(collection, 'draft', as(actor)),
          [false, true, true, true],
        )
        await expectMatrix(
          (actor) => createEditorial(collection, 'published', as(actor)),
          [false, false, true, true],
        )
        const doc = await createEditorial(collection, 'published')
        await expectMatrix(
          (actor) =>
            payload.update({
              collection,
              id: doc.id,
              locale: 'kk',
              draft: true,
              data: { title: `Draft edit by ${actor}` },
              ...as(actor),
            }),
          [false, true, true, true],
        )
        // Each actor gets a draft of their own to publish, so one success does not change the next attempt.
        const drafts = await Promise.all(ACTORS.map(() => createEditorial(collection, 'draft')))
        await expectMatrix(
          (actor) =>
            payload.update({
              collection,
              id: drafts[ACTORS.indexOf(actor)]!.id,
              locale: 'kk',
              data: { _status: 'published' },
              ...as(actor),
            }),
          [false, false, true, true],
        )
      })

      it('only editors and admins unpublish, restore a published version and delete', async () => {
        const { payload } = context()
        const published = await Promise.all(ACTORS.map(() => createEditorial(collection, 'published')))
        await expectMatrix(
          (actor) =>
            payload.update({
              collection,
              id: published[ACTORS.indexOf(actor)]!.id,
              locale: 'kk',
              data: { _status: 'draft' },
              ...as(actor),
            }),
          [false, false, true, true],
        )
        const versioned = await createEditorial(collection, 'published')
        const versions = await payload.findVersions({
          collection,
          where: { parent: { equals: versioned.id } },
        })
        const version = versions.docs[0]!
        await expectMatrix(
          (actor) => payload.restoreVersion({ collection, id: version.id, ...as(actor) }),
          [false, false, true, true],
        )
        const doomed = await Promise.all(ACTORS.map(() => createEditorial(collection, 'draft')))
        await expectMatrix(
          (actor) => payload.delete({ collection, id: doomed[ACTORS.indexOf(actor)]!.id, ...as(actor) }),
          [false, false, true, true],
        )
      })
    })
  }

  it('topics: everyone reads them, editors and admins manage them', async () => {
    const { payload } = context()
    const topic = await payload.create({
      collection: 'topics',
      locale: 'kk',
      data: { name: 'Тақырып', slug: unique('topic'), _status: 'published' },
    })
    await expectMatrix(
      (actor) => payload.find({ collection: 'topics', where: { id: { equals: topic.id } }, ...as(actor) }),
      [true, true, true, true],
    )
    await expectMatrix(
      (actor) =>
        payload.create({
          collection: 'topics',
          locale: 'kk',
          data: { name: 'Жаңа', slug: unique('topic'), _status: 'published' },
          ...as(actor),
        }),
      [false, false, true, true],
    )
    await expectMatrix(
      (actor) =>
        payload.update({
          collection: 'topics',
          id: topic.id,
          locale: 'kk',
          data: { name: actor },
          ...as(actor),
        }),
      [false, false, true, true],
    )
    const doomed = await Promise.all(
      ACTORS.map(() =>
        payload.create({ collection: 'topics', locale: 'kk', data: { name: 'X', slug: unique('topic') } }),
      ),
    )
    await expectMatrix(
      (actor) =>
        payload.delete({ collection: 'topics', id: doomed[ACTORS.indexOf(actor)]!.id, ...as(actor) }),
      [false, false, true, true],
    )
  })

  it('media: everyone sees it, staff upload and describe it, editors and admins delete it', async () => {
    const { payload } = context()
    const png = await sharp({
      create: { width: 8, height: 8, channels: 3, background: { r: 0, g: 94, b: 184 } },
    })
      .png()
      .toBuffer()
    const upload = (actor: Actor) =>
      payload.create({
        collection: 'media',
        locale: 'kk',
        data: { alt: 'Көк шаршы' },
        file: { data: png, mimetype: 'image/png', name: `${unique('square')}.png`, size: png.length },
        ...as(actor),
      })
    await expectMatrix(upload, [false, true, true, true])
    const image = await upload('admin')
    await expectMatrix(
      (actor) => payload.find({ collection: 'media', where: { id: { equals: image.id } }, ...as(actor) }),
      [true, true, true, true],
    )
    await expectMatrix(
      (actor) =>
        payload.update({
          collection: 'media',
          id: image.id,
          locale: 'kk',
          data: { alt: actor },
          ...as(actor),
        }),
      [false, true, true, true],
    )
    const doomed = await Promise.all(ACTORS.map(() => upload('admin')))
    await expectMatrix(
      (actor) => payload.delete({ collection: 'media', id: doomed[ACTORS.indexOf(actor)]!.id, ...as(actor) }),
      [false, false, true, true],
    )
  })

  it('users: only admins create, change, unlock and delete accounts; staff change only their own name', async () => {
    const { payload } = context()
    const colleague = await payload.create({
      collection: 'users',
      data: {
        email: `${unique('colleague')}@example.com`,
        password: 'a long test password',
        name: 'Colleague',
        role: 'author',
      },
    })
    await expectMatrix(
      (actor) => payload.find({ collection: 'users', where: { id: { equals: colleague.id } }, ...as(actor) }),
      [false, true, true, true],
    )
    await expectMatrix(
      (actor) =>
        payload.create({
          collection: 'users',
          data: {
            email: `${unique('new')}@example.com`,
            password: 'a long test password',
            name: 'New',
            role: 'author',
          },
          ...as(actor),
        }),
      [false, false, false, true],
    )
    await expectMatrix(
      (actor) =>
        payload.update({ collection: 'users', id: colleague.id, data: { name: actor }, ...as(actor) }),
      [false, false, false, true],
    )
    await expectMatrix(
      (actor) =>
        payload.unlock({
          collection: 'users',
          // The generated type asks for a password, which unlocking ignores.
          data: { email: colleague.email, password: '' },
          overrideAccess: false,
          req: { user: context().staffUser(actor) },
        }),
      [false, false, false, true],
    )
    const author = context().users.get('author')!
    const renamed = await payload.update({
      collection: 'users',
      id: author.id,
      data: { name: 'Renamed author', role: 'admin' },
      ...as('author'),
    })
    expect(renamed.name).toBe('Renamed author')
    expect(renamed.role).toBe('author')
    const doomed = await Promise.all(
      ACTORS.map(() =>
        payload.create({
          collection: 'users',
          data: {
            email: `${unique('doomed')}@example.com`,
            password: 'a long test password',
            name: 'D',
            role: 'author',
          },
        }),
      ),
    )
    await expectMatrix(
      (actor) => payload.delete({ collection: 'users', id: doomed[ACTORS.indexOf(actor)]!.id, ...as(actor) }),
      [false, false, false, true],
    )
  })

  it('site settings: everyone reads them; editors publish the urgent notice, only admins change the rest or restore', async () => {
    const { payload } = context()
    await expectMatrix(
      (actor) => payload.findGlobal({ slug: 'site', ...as(actor) }),
      [true, true, true, true],
    )
    await expectMatrix(
      (actor) =>
        payload.updateGlobal({
          slug: 'site',
          locale: 'kk',
          draft: true,
          data: { urgentNotice: { enabled: false, text: `Хабарландыру: ${actor}` } },
          ...as(actor),
        }),
      [false, false, true, true],
    )
    // An editor's save goes through, but the settings that are not the notice stay as they were.
    for (const actor of ['editor', 'admin'] as const) {
      const saved = await payload.updateGlobal({
        slug: 'site',
        locale: 'kk',
        draft: true,
        data: { ministryName: `Renamed by ${actor}` },
        ...as(actor),
      })
      expect(saved.ministryName === `Renamed by ${actor}`, actor).toBe(actor === 'admin')
    }
    const [version] = (await payload.findGlobalVersions({ slug: 'site', limit: 1 })).docs
    await expectMatrix(
      (actor) => payload.restoreGlobalVersion({ slug: 'site', id: String(version!.id), ...as(actor) }),
      [false, false, false, true],
    )
  })
}
