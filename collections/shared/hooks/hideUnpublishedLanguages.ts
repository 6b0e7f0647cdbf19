import type { CollectionAfterReadHook } from 'payload'

import { locales } from '@/i18n/locales'

/**
 * A visitor asking for every language at once (`locale=all`) would otherwise get the stored text of a language that
 * was unpublished, or never published: the document holds the last published text of each language. Staff see all.
 */
export const hideUnpublishedLanguages: CollectionAfterReadHook = ({ doc, req, collection }) => {
  if (req.user) return doc
  const status: unknown = doc._status
  if (!status || typeof status !== 'object') return doc
  const statusByLocale = status as Partial<Record<string, string>>
  const hidden = locales.filter((locale) => statusByLocale[locale] !== 'published')
  if (hidden.length === 0) return doc
  for (const field of collection.flattenedFields) {
    if (!('localized' in field) || !field.localized) continue
    const values: unknown = doc[field.name]
    if (!values || typeof values !== 'object') continue
    for (const locale of hidden) delete (values as Record<string, unknown>)[locale]
  }
  return doc
}
