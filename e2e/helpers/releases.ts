import type { APIRequestContext } from '@playwright/test'
import { expect } from '@playwright/test'

import { WITHOUT_REVIEW } from './withoutReview'
import type { Locale } from '../../i18n/locales'
import { paragraphsToRichText } from '../../seed/richText'

export interface DraftRelease {
  id: number
  slug: string
  title: string
}

/**
 * A release drafted in one language through REST, dated long ago so that publishing it never changes what the home
 * page and the first page of the list show to the other tests running meanwhile.
 */
export async function draftRelease(
  request: APIRequestContext,
  headers: { Authorization: string },
  locale: Locale,
  text: { title: string; summary: string; body: string },
): Promise<DraftRelease> {
  const response = await request.post(`/api/press-releases?locale=${locale}&draft=true`, {
    headers,
    data: {
      title: text.title,
      summary: text.summary,
      body: paragraphsToRichText([text.body]),
      publishedAt: '2019-03-01T05:00:00.000Z',
      _status: 'draft',
    },
  })
  expect(response.ok(), await response.text()).toBe(true)
  const { doc } = (await response.json()) as { doc: { id: number; slug: string } }
  return { id: doc.id, slug: doc.slug, title: text.title }
}

export async function deleteRelease(
  request: APIRequestContext,
  headers: { Authorization: string },
  id: number,
): Promise<void> {
  expect((await request.delete(`/api/press-releases/${id}`, { headers })).ok()).toBe(true)
}

/** A staff member publishes a release in one language through REST: every test's publish goes through here. */
export async function publishRelease(
  request: APIRequestContext,
  headers: { Authorization: string },
  id: number,
  locale: Locale,
): Promise<void> {
  const response = await request.patch(`/api/press-releases/${id}?locale=${locale}`, {
    headers,
    data: { _status: 'published', ...WITHOUT_REVIEW },
  })
  expect(response.ok(), await response.text()).toBe(true)
}
