import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'
import { formatDate } from '@/lib/format/dates'
import { formatDocumentNumber } from '@/lib/format/documentNumber'
import en from '@/messages/en.json'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'

import { site } from './content/site'
import type { DocumentSeed } from './content/types'
import { drawDocumentPdf } from './pdf'
import { SEED_CONTEXT } from './upsertBySlug'

const messages = { kk, ru, en }

/** Finds the document's PDF in one language by its file name, or draws and uploads it; returns its id. */
export async function upsertDocumentPdf(
  payload: Payload,
  document: DocumentSeed,
  locale: Locale,
): Promise<number> {
  const filename = `${document.slug}-${locale}.pdf`
  const existing = await payload.find({
    collection: 'media',
    where: { filename: { equals: filename } },
    limit: 1,
    depth: 0,
  })
  let id = existing.docs[0]?.id
  if (id === undefined) {
    const signedOn = `${document.signedOn}T12:00:00.000Z`
    const type = messages[locale].DocumentType[document.documentType]
    const data = await drawDocumentPdf({
      title: document.title[locale],
      heading: [
        site.ministryName[locale].toUpperCase(),
        [type.toUpperCase(), document.number && formatDocumentNumber(document.number, locale)]
          .filter(Boolean)
          .join(' '),
      ],
      placeAndDate: `${document.place[locale]}, ${formatDate(signedOn, locale)}`,
      body: document.text[locale],
      signatory: document.signatory?.[locale],
      language: locale,
    })
    const created = await payload.create({
      collection: 'media',
      locale,
      data: { alt: document.title[locale] },
      file: { data, mimetype: 'application/pdf', name: filename, size: data.length },
      context: SEED_CONTEXT,
    })
    id = created.id
  }
  // The file's description in every language is the document's title in that language.
  for (const other of locales) {
    await payload.update({
      collection: 'media',
      id,
      locale: other,
      data: { alt: document.title[other] },
      context: SEED_CONTEXT,
    })
  }
  return id
}
