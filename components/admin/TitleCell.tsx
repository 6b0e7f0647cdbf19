import type { DefaultServerCellComponentProps } from 'payload'

import type { Locale } from '@/i18n/locales'
import { isEditorialCollection } from '@/lib/pages/paths'

import { ShownTitleCell } from './ShownTitleCell.client'

/**
 * The list's title column: the title in the admin's content language or, for a text not yet written in it, the title
 * in a language it has, marked with that language, instead of Payload's "<no title>" or another language's title
 * passed off as this one's (Payload's fallback).
 */
export async function TitleCell({ rowData, collectionSlug, payload, link }: DefaultServerCellComponentProps) {
  if (!isEditorialCollection(collectionSlug) || rowData?.id === undefined) return null
  const id = Number(rowData.id)
  const doc = await payload.findByID({
    collection: collectionSlug,
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    select: { title: true, sourceLanguage: true },
  })
  const href = `${payload.config.routes.admin}/collections/${collectionSlug}/${id}`
  return (
    <ShownTitleCell
      // With locale 'all', localized values come back keyed by language.
      titles={doc.title as unknown as Partial<Record<Locale, string>>}
      source={doc.sourceLanguage ?? null}
      href={link ? href : null}
      fallback={`#${id}`}
    />
  )
}
