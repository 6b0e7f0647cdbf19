import type { Access, PayloadRequest } from 'payload'

import { locales } from '@/i18n/locales'

const PDF = 'application/pdf'

/**
 * Staff read every file. Visitors read images, which pages show as soon as they are published, and a PDF only while
 * it is the file of a document published in some language: the PDF of a draft (and its title, the usual alt text)
 * is as secret as the draft, through the media list and through the file's own address alike.
 */
export const imagesOrPublishedPdfs: Access = async ({ req }) => {
  if (req.user) return true
  const ids = await publishedPdfs(req)
  const notPdf = { mimeType: { not_equals: PDF } }
  return ids.length === 0 ? notPdf : { or: [notPdf, { id: { in: ids } }] }
}

// One request may read many files (a page's photos): the documents are asked once per request.
const perRequest = new WeakMap<PayloadRequest, Promise<number[]>>()

function publishedPdfs(req: PayloadRequest): Promise<number[]> {
  const known = perRequest.get(req)
  if (known) return known
  const found = Promise.all(
    locales.map((locale) =>
      req.payload.find({
        collection: 'documents',
        // As a visitor reads them: each language only where it is published.
        overrideAccess: false,
        locale,
        fallbackLocale: false,
        where: { file: { exists: true } },
        select: { file: true },
        depth: 0,
        pagination: false,
      }),
    ),
  ).then((perLocale) => [
    ...new Set(
      perLocale.flatMap(({ docs }) =>
        docs.flatMap(({ file }) => (typeof file === 'number' ? [file] : file ? [file.id] : [])),
      ),
    ),
  ])
  perRequest.set(req, found)
  return found
}
