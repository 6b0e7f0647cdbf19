import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { canPublish } from '@/access/roles'
import { savePublishes } from '@/collections/shared/publication/hooks'
import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales'
import { revalidateTags } from '@/lib/cache/revalidateTags'
import type { CacheTag } from '@/lib/cache/tags'

import { decideTranslations, sameTranslationState, type TranslationState } from './rules'

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0
}

function translationState(value: unknown): TranslationState {
  return value && typeof value === 'object' ? (value as TranslationState) : {}
}

/**
 * The languages whose latest draft has a title. Read from the versions table itself: a language only drafted is not
 * in the document's published row, and Payload's reads would hide it from the site's own code (no user).
 */
async function writtenLanguages(req: PayloadRequest, collection: CollectionSlug, id: number | string) {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    locale: 'all',
    req,
  })
  const version = docs[0]?.version as { title?: unknown } | undefined
  const titles = (version?.title ?? {}) as Partial<Record<Locale, unknown>>
  return locales.filter((locale) => typeof titles[locale] === 'string' && titles[locale] !== '')
}

/**
 * Sets the source language on the first save, and applies the translation rules (rules.ts) to the save. Runs after
 * the publication rules, whose recorded change history says whether this publish was a significant change.
 */
export const trackTranslations: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  const locale: Locale = isLocale(req.locale) ? req.locale : defaultLocale
  const stored: unknown = operation === 'update' ? originalDoc?.sourceLanguage : undefined
  const sent: unknown = data.sourceLanguage
  const source: Locale = isLocale(sent) ? sent : isLocale(stored) ? stored : locale
  const publishing = savePublishes(operation, data)
  const significantChange =
    operation === 'update' && lengthOf(data.changeHistory) > lengthOf(originalDoc?.changeHistory)
  const sourceChanged = publishing && significantChange && locale === source
  const written =
    sourceChanged && originalDoc?.id !== undefined
      ? [...new Set([locale, ...(await writtenLanguages(req, collection.slug, originalDoc.id))])]
      : [locale]
  const translations = decideTranslations({
    before: operation === 'update' ? translationState(originalDoc?.translations) : {},
    after: translationState(data.translations),
    locale,
    source,
    publishing,
    significantChange,
    written,
    mayConfirm: !req.user || canPublish(req.user),
    now: new Date().toISOString(),
  })
  return { ...data, sourceLanguage: source, translations }
}

/**
 * A draft save (an editor's "checked, still right", or their choice of the notice) is kept in the versions only, but
 * the source language and the translation state are the whole document's, not the draft's: the published row, which the queue, the site and
 * REST read alike, gets it too, and the public pages are refreshed when a notice appears or goes.
 */
export function keepTranslationStatePublished(tags: readonly CacheTag[]): CollectionAfterChangeHook {
  return async ({ doc, data, previousDoc, operation, req, collection, context }) => {
    if (operation !== 'update' || data._status !== 'draft') return doc
    const now = translationState(doc.translations)
    const unchanged =
      sameTranslationState(now, translationState(previousDoc?.translations)) &&
      doc.sourceLanguage === previousDoc?.sourceLanguage
    if (unchanged) return doc
    await req.payload.db.updateOne({
      collection: collection.slug,
      id: doc.id,
      data: { sourceLanguage: doc.sourceLanguage, translations: now },
      req,
      returning: false,
    })
    if (!context.disableRevalidate) await revalidateTags(tags)
    return doc
  }
}
