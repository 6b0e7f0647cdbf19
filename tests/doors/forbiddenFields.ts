// Fields a client must not set, sent by an administrator through REST: none of them is stored.
import { expect, it } from 'vitest'

import { WITHOUT_REVIEW } from '@/e2e/helpers/withoutReview'
import { forbiddenFields, MARKERS } from '@/scripts/doors/inputs'

import { publishedRelease, restAs } from './staffRest'
import type { SecurityContext } from '../security/context'

export function forbiddenFieldTests(context: () => SecurityContext) {
  it('keeps a record’s id, creation time and publication records the server’s, whatever an administrator sends', async () => {
    const admin = await restAs(context(), 'admin')
    const victim = await context().staff('author', 'victim')
    const release = await publishedRelease(context())
    const forbidden = { ...forbiddenFields(victim.id), _status: 'published', ...WITHOUT_REVIEW }
    const answers = [
      await admin('PATCH', `/press-releases/${release.id}?locale=kk`, {
        json: { title: 'Түзетілген', ...forbidden },
      }),
      await admin('POST', `/press-releases/${release.id}/duplicate?locale=kk`, { json: forbidden }),
      await admin('POST', '/topics?locale=kk', { json: { name: 'Тақырып', ...forbidden } }),
    ]
    const stored: string[] = []
    for (const answer of answers) {
      const text = await answer.text()
      expect(answer.status, text).toBeLessThan(500)
      const doc = (JSON.parse(text) as { doc?: { id: number } }).doc
      if (!doc) continue
      const collection = answer === answers[2] ? 'topics' : 'press-releases'
      const found = await context().payload.findByID({
        collection,
        id: doc.id,
        locale: 'all',
        draft: true,
        depth: 0,
      })
      const json = JSON.stringify(found)
      for (const marker of [MARKERS.text, MARKERS.date])
        if (json.includes(marker)) stored.push(`${collection} ${marker}`)
      if (doc.id === MARKERS.id) stored.push(`${collection} id`)
    }
    expect(stored).toEqual([])
  })
}
