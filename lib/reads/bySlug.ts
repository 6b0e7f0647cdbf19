import { draftMode, headers } from 'next/headers'
import type { Payload, PopulateType } from 'payload'
import { cache } from 'react'

import { isSlug } from '@/fields/slug'
import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { STALE_AFTER_CHANGE } from '@/lib/cache/tags'
import { payloadClient } from '@/lib/config/payloadClient'
import type { EditorialCollection } from '@/lib/pages/paths'
import type { Document, Event, PressRelease, User } from '@/payload-types'

import { asVisitorIn, writtenIn } from './asVisitor'
import { languagesOf } from './languagesOf'
import { CARD_FIELDS } from './pressReleases'

/** A release, an event or a document, by its collection. */
export type EditorialDocument<C extends EditorialCollection> = C extends 'events'
  ? Event
  : C extends 'documents'
    ? Document
    : PressRelease

/** How deep each page reads: a release reaches its related releases' pictures, but of those only what a card shows. */
const PAGE_READS: Record<EditorialCollection, { depth: number; populate?: PopulateType }> = {
  'press-releases': {
    depth: 2,
    populate: { 'press-releases': { ...CARD_FIELDS, _status: true, withdrawnAt: true } },
  },
  events: { depth: 1 },
  documents: { depth: 1 },
}

function readPublished(collection: EditorialCollection) {
  return cachedRead(
    `${collection}BySlug`,
    STALE_AFTER_CHANGE[collection],
    async (locale: Locale, slug: string): Promise<EditorialDocument<EditorialCollection> | null> => {
      // A NUL or a slash cannot be in a slug, and PostgreSQL fails a query holding a NUL.
      if (!isSlug(slug)) return null
      const payload = await payloadClient()
      const result = await payload.find({
        collection,
        ...asVisitorIn(locale),
        where: { and: [writtenIn, { slug: { equals: slug } }] },
        limit: 1,
        pagination: false,
        ...PAGE_READS[collection],
      })
      return result.docs[0] ?? null
    },
  )
}

// One cached read per collection, so that a change to events leaves the releases' pages cached.
const published = {
  'press-releases': readPublished('press-releases'),
  events: readPublished('events'),
  documents: readPublished('documents'),
}

/** A release, event or document as visitors of a language see it: published and written there, or null. */
export function publishedBySlug<C extends EditorialCollection>(
  collection: C,
  locale: Locale,
  slug: string,
): Promise<EditorialDocument<C> | null> {
  return published[collection](locale, slug) as Promise<EditorialDocument<C> | null>
}

/**
 * The staff member previewing drafts, or null for everyone else. Draft mode alone is not trusted: the admin session
 * must still be valid, so a leaked draft-mode cookie shows nothing but published pages.
 */
async function previewingStaff(): Promise<{ payload: Payload; user: User } | null> {
  if (!(await draftMode()).isEnabled) return null
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user ? { payload, user } : null
}

/** The latest draft in one language, read with the previewing staff member's rights. */
async function latestDraft(
  viewer: { payload: Payload; user: User },
  collection: EditorialCollection,
  locale: Locale,
  slug: string,
): Promise<EditorialDocument<EditorialCollection> | null> {
  if (!isSlug(slug)) return null
  const result = await viewer.payload.find({
    collection,
    locale,
    fallbackLocale: false,
    draft: true,
    overrideAccess: false,
    user: viewer.user,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
  })
  return result.docs[0] ?? null
}

export interface DetailPageContent<Doc> {
  /** What the page shows in its language, or null when it is not published (or not drafted) there. */
  doc: Doc | null
  /** The languages to link to: the published ones, and while previewing the one being previewed. */
  languages: Locale[]
  preview: boolean
}

// Metadata and page read the same document once per request (React's cache).
const loadDetailPage = cache(
  async (
    collection: EditorialCollection,
    locale: Locale,
    slug: string,
  ): Promise<DetailPageContent<EditorialDocument<EditorialCollection>>> => {
    const [viewer, languages] = await Promise.all([previewingStaff(), languagesOf(collection, slug)])
    if (!viewer) return { doc: await publishedBySlug(collection, locale, slug), languages, preview: false }
    const doc = await latestDraft(viewer, collection, locale, slug)
    return {
      doc,
      languages: doc ? locales.filter((other) => other === locale || languages.includes(other)) : languages,
      preview: Boolean(doc),
    }
  },
)

/**
 * What a release's, event's or document's page shows: staff previewing see the latest draft in this language,
 * everyone else the published text.
 */
export function detailPageContent<C extends EditorialCollection>(
  collection: C,
  locale: Locale,
  slug: string,
): Promise<DetailPageContent<EditorialDocument<C>>> {
  return loadDetailPage(collection, locale, slug) as Promise<DetailPageContent<EditorialDocument<C>>>
}
