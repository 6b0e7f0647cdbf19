import type { CollectionConfig } from 'payload'

import { draftsForAuthors } from '@/access/draftsForAuthors'
import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'

import type { CacheTag } from '@/lib/cacheTags'

import { authorsSaveOnlyDrafts } from './hooks/authorsSaveOnlyDrafts'
import { hideUnpublishedLanguages } from './hooks/hideUnpublishedLanguages'
import { revalidateCollection } from './hooks/revalidate'

/**
 * What press releases and events share: they are written in one language and published language by language, so
 * each language keeps its own status; authors write drafts, editors publish, unpublish and delete; autosave keeps a
 * draft from being lost, and the schedule lets an editor set a publishing time; every publish refreshes the
 * public pages that show the document.
 */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: {
    autosave: { interval: 2000 },
    localizeStatus: true,
    schedulePublish: true,
  },
  maxPerDoc: 100,
}

export const editorialAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: draftsForAuthors,
  update: draftsForAuthors,
  delete: isEditor,
}

export function editorialHooks(staleTags: readonly CacheTag[]): CollectionConfig['hooks'] {
  return {
    beforeOperation: [authorsSaveOnlyDrafts],
    afterRead: [hideUnpublishedLanguages],
    ...revalidateCollection(staleTags),
  }
}
