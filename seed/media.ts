import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'

import type { ImageSeed } from './content/types'
import { drawImage } from './images'

/** Finds the picture by its file name or draws and uploads it; returns its id. Texts are set in every language. */
export async function upsertImage(payload: Payload, image: ImageSeed): Promise<number> {
  const filename = `${image.file}.jpg`
  const existing = await payload.find({
    collection: 'media',
    where: { filename: { equals: filename } },
    limit: 1,
    depth: 0,
  })
  const textsIn = (locale: Locale) => ({
    alt: image.alt[locale],
    caption: image.caption?.[locale] ?? null,
    credit: image.credit[locale],
  })
  let id = existing.docs[0]?.id
  const [first, ...others] = locales
  if (id === undefined) {
    const data = await drawImage(image)
    const created = await payload.create({
      collection: 'media',
      locale: first,
      data: textsIn(first),
      file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
    })
    id = created.id
  } else {
    await payload.update({ collection: 'media', id, locale: first, data: textsIn(first) })
  }
  for (const locale of others) {
    await payload.update({ collection: 'media', id, locale, data: textsIn(locale) })
  }
  return id
}
