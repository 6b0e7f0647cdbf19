import type {
  CollectionAfterChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  Field,
  UIField,
} from 'payload'

import { draftsForAuthors } from '@/access/draftsForAuthors'
import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { type CacheTag, STALE_AFTER_CHANGE } from '@/lib/cache/tags'
import { previewUrl, type EditorialCollection } from '@/lib/pages/paths'

import { authorsSaveOnlyDrafts } from './hooks/authorsSaveOnlyDrafts'
import { endTurn, endTurnOnError, takeTurnAndRefuseStaleSave } from './hooks/concurrentSaves'
import { hideUnpublishedLanguages } from './hooks/hideUnpublishedLanguages'
import { forgetFormerSlugs, keepFormerSlug, rememberPublicSlug } from './hooks/keepFormerSlugs'
import { revalidateCollection } from './hooks/revalidateOnChange'
import { applyPublicationRules } from './publication/hooks'
import { translationFields } from './translation/fields'
import { keepTranslationStatePublished, trackTranslations } from './translation/hooks'

/**
 * What press releases, events and documents share: they are written in one language and published language by
 * language, so each language keeps its own status; authors write drafts, editors publish, unpublish and delete;
 * autosave keeps a draft from being lost, and the schedule lets an editor set a publishing time; saves of a document
 * take turns, and one made on an old version is refused rather than overwriting a colleague's; a publish is reviewed
 * (or justified), a change to a published text described, a withdrawal explained (publication/); a significant
 * change of the source language marks its translations outdated until they are published again (translation/); every publish
 * refreshes the public pages that show the document.
 */
const editorialVersions: CollectionConfig['versions'] = {
  drafts: {
    autosave: { interval: 2000 },
    localizeStatus: true,
    schedulePublish: true,
  },
  maxPerDoc: 100,
}

const editorialAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: draftsForAuthors,
  update: draftsForAuthors,
  delete: isEditor,
}

function editorialHooks(staleTags: readonly CacheTag[]): CollectionConfig['hooks'] {
  const revalidated = revalidateCollection(staleTags)
  return {
    beforeOperation: [authorsSaveOnlyDrafts, takeTurnAndRefuseStaleSave],
    afterOperation: [endTurn],
    afterError: [endTurnOnError],
    beforeChange: [applyPublicationRules, rememberPublicSlug, trackTranslations],
    afterRead: [hideUnpublishedLanguages],
    ...revalidated,
    afterDelete: [forgetFormerSlugs, ...revalidated.afterDelete],
  }
}

/** The admin's Preview button and Live Preview pane open the real public page, showing the latest draft. */
function editorialPreview(collection: EditorialCollection): NonNullable<CollectionConfig['admin']> {
  return {
    preview: (doc, { locale }) => previewUrl(collection, doc?.slug, locale),
    livePreview: { url: ({ data, locale }) => previewUrl(collection, data?.slug, locale.code) },
  }
}

/** A list column showing, per language, whether the text is published, only a draft, or not written yet. */
export const languageStatusColumn: UIField = {
  name: 'languages',
  type: 'ui',
  label: { kk: 'Тілдер', ru: 'Языки', en: 'Languages' },
  admin: {
    components: { Cell: '@/components/admin/LanguageStatusCell#LanguageStatusCell', Field: false },
  },
}

interface EditorialCollectionSpec {
  slug: EditorialCollection
  labels: NonNullable<CollectionConfig['labels']>
  /** The admin list's columns after the title, the languages and the review state. */
  columns: string[]
  /** The lists' order: a date field, `-` first for newest first. */
  sortBy: string
  fields: Field[]
  /** What this collection adds to the shared hooks. */
  afterChange?: CollectionAfterChangeHook[]
  beforeDelete?: CollectionBeforeDeleteHook[]
}

/** A collection of texts that are written, reviewed and published language by language, as described above. */
export function editorialCollection(collection: EditorialCollectionSpec): CollectionConfig {
  const hooks = editorialHooks(STALE_AFTER_CHANGE[collection.slug])
  return {
    slug: collection.slug,
    labels: collection.labels,
    admin: {
      ...editorialPreview(collection.slug),
      useAsTitle: 'title',
      defaultColumns: ['title', 'languages', 'reviewState', ...collection.columns],
    },
    access: editorialAccess,
    hooks: {
      ...hooks,
      afterChange: [
        keepFormerSlug,
        ...(hooks?.afterChange ?? []),
        keepTranslationStatePublished(STALE_AFTER_CHANGE[collection.slug]),
        ...(collection.afterChange ?? []),
      ],
      beforeDelete: [...(hooks?.beforeDelete ?? []), ...(collection.beforeDelete ?? [])],
    },
    versions: editorialVersions,
    defaultSort: collection.sortBy,
    // Lists sort by their date with creation as the tie-break (Payload adds it): one index in that order lets a page
    // of a list be read from the index instead of sorting the whole archive.
    indexes: [{ fields: [collection.sortBy.replace(/^-/, ''), 'createdAt'] }],
    fields: [...collection.fields, ...translationFields],
  }
}
