// The versions endpoint takes the versions' own fields, as Payload documents, within the site's access rules.
import { expect, it } from 'vitest'

import { WITHOUT_REVIEW } from '@/e2e/helpers/withoutReview'

import { publishedRelease, restAs } from './staffRest'
import type { SecurityContext } from '../security/context'

interface VersionList {
  docs: { parent: number | { id: number }; version: { title?: string } }[]
  totalDocs: number
}

export function versionQueryTests(context: () => SecurityContext) {
  it('finds the versions of one release by parent, latest and version.title, for staff', async () => {
    const editor = await restAs(context(), 'editor')
    const release = await publishedRelease(context())
    const other = await publishedRelease(context())
    const corrected = await editor('PATCH', `/press-releases/${release.id}?locale=kk`, {
      json: { title: `${release.title} (түзетілді)`, _status: 'published', ...WITHOUT_REVIEW },
    })
    expect(corrected.status).toBe(200)

    const byParent = await editor(
      'GET',
      `/press-releases/versions?where[parent][equals]=${release.id}&depth=0`,
    )
    expect(byParent.status).toBe(200)
    const list = (await byParent.json()) as VersionList
    expect(list.totalDocs).toBeGreaterThanOrEqual(2)
    expect(list.docs.every((doc) => doc.parent === release.id)).toBe(true)

    const latest = await editor(
      'GET',
      `/press-releases/versions?where[and][0][parent][equals]=${other.id}&where[and][1][latest][equals]=true` +
        `&where[and][2][version.title][like]=${encodeURIComponent(other.title)}&sort=-updatedAt&locale=kk`,
    )
    expect(latest.status).toBe(200)
    expect(((await latest.json()) as VersionList).totalDocs).toBe(1)
  })

  it('still refuses a versions query the database cannot answer, and visitors altogether', async () => {
    const editor = await restAs(context(), 'editor')
    const visitor = await restAs(context(), 'visitor')
    for (const query of [
      'where[parent][equals]=abc',
      'where[title][equals]=x',
      'where[version.nothing][equals]=x',
      'where[version.publishedAt][greater_than]=notadate',
      'sort=version.nothing',
    ])
      expect((await editor('GET', `/press-releases/versions?${query}`)).status, query).toBe(400)
    expect((await visitor('GET', '/press-releases/versions?where[parent][equals]=1')).status).toBe(403)
  })

  it('holds the site settings to the same rules, though Payload runs no hook before their versions are read', async () => {
    const editor = await restAs(context(), 'editor')
    const latest = await editor(
      'GET',
      '/globals/site/versions?where[latest][equals]=true&sort=-updatedAt&limit=0',
    )
    expect(latest.status).toBe(200)
    expect(((await latest.json()) as VersionList).docs).toBeInstanceOf(Array)
    for (const query of [
      'where[id][within]=-1',
      'where[version.nothing][equals]=x',
      'where[updatedAt][greater_than]=notadate',
      'sort=version.nothing',
      'locale=xx',
    ])
      expect((await editor('GET', `/globals/site/versions?${query}`)).status, query).toBe(400)
    const visitor = await restAs(context(), 'visitor')
    expect((await visitor('GET', '/globals/site?locale=ru&fallback-locale=none')).status).toBe(200)
    for (const query of ['locale=xx', 'fallback-locale=zz'])
      expect((await visitor('GET', `/globals/site?${query}`)).status, query).toBe(400)
  })
}
