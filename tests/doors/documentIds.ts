// An id that cannot be one answers 404 at every address that names a document, as a missing document does.
import { expect, it } from 'vitest'

import { publishedRelease, restAs } from './staffRest'
import type { SecurityContext } from '../security/context'

const NOT_IDS = [
  'abc',
  'undefined',
  'null',
  '-1',
  '0',
  '1.5',
  '1e3',
  '0x10',
  '%00',
  '%2F..%2F',
  '2147483648',
  '9'.repeat(40),
]

export function documentIdTests(context: () => SecurityContext) {
  it('answers 404 to a word, a NUL, a fraction or a huge number as an id, in every operation that takes one', async () => {
    const editor = await restAs(context(), 'admin')
    const visitor = await restAs(context(), 'visitor')
    const release = await publishedRelease(context())
    const doors = (id: string): [string, string][] => [
      ['GET', `/press-releases/${id}`],
      ['GET', `/events/${id}`],
      ['GET', `/media/${id}`],
      ['GET', `/users/${id}`],
      ['PATCH', `/press-releases/${id}`],
      ['DELETE', `/press-releases/${id}`],
      ['GET', `/press-releases/versions/${id}`],
      ['POST', `/press-releases/versions/${id}`],
      ['POST', `/press-releases/${id}/duplicate`],
      ['POST', `/press-releases/access/${id}`],
      ['GET', `/globals/site/versions/${id}`],
      ['GET', `/payload-locked-documents/${id}`],
    ]
    const answers: string[] = []
    for (const id of [...NOT_IDS, `${release.id}abc`, `${release.id}.0`])
      for (const [method, path] of doors(id))
        for (const client of [editor, visitor]) {
          const answer = await client(method, path, { json: method === 'GET' ? undefined : { title: 'x' } })
          answers.push(`${answer.status} ${method} ${path}`)
        }
    expect(answers.filter((answer) => !answer.startsWith('404 '))).toEqual([])
    // parseFloat read "12abc" as 12: the release must not have been changed, duplicated or deleted.
    const after = await context().payload.findByID({
      collection: 'press-releases',
      id: release.id,
      locale: 'kk',
    })
    expect(after.updatedAt).toBe(release.updatedAt)
    expect(after.title).toBe(release.title)
    const copies = await context().payload.count({
      collection: 'press-releases',
      where: { title: { equals: release.title } },
    })
    expect(copies.totalDocs).toBe(1)
  })

  it('still answers a real id, and 404 for one that does not exist', async () => {
    const visitor = await restAs(context(), 'visitor')
    const release = await publishedRelease(context())
    expect((await visitor('GET', `/press-releases/${release.id}`)).status).toBe(200)
    expect((await visitor('GET', `/press-releases/${release.id + 100_000}`)).status).toBe(404)
  })
}
