import type { UploadField, UploadFieldValidation } from 'payload'
import { upload } from 'payload/shared'

import { validationAnswer } from '@/i18n/admin/labels/validation'
import { localeNames, locales, type Locale } from '@/i18n/locales'

function idsOf(value: unknown): number[] {
  const items = Array.isArray(value) ? value : value == null ? [] : [value]
  return items
    .map((item: unknown) => (item && typeof item === 'object' && 'id' in item ? item.id : item))
    .filter((id): id is number => typeof id === 'number')
}

/**
 * A text published in a language may only show images described in that language: a blind reader of the Russian
 * page needs the Russian alt text. Checked when the language is published (drafts skip validation).
 */
const describedInThisLanguage: UploadFieldValidation = async (value, options) => {
  const valid = await upload(value, options)
  if (valid !== true) return valid
  const { req } = options
  const ids = idsOf(value)
  const locale = req.locale as Locale | undefined
  if (ids.length === 0 || !locale || !locales.includes(locale)) return true
  const media = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    locale,
    fallbackLocale: false,
    depth: 0,
    limit: ids.length,
    select: { alt: true, filename: true },
    req,
  })
  const undescribed = media.docs.filter((image) => !image.alt?.trim()).map((image) => image.filename)
  if (undescribed.length === 0) return true
  const message = validationAnswer('imagesUndescribed', req.i18n.language)
  return `${message} (${localeNames[locale]}): ${undescribed.join(', ')}.`
}

/** One picture or several, from the media library, images only, each described in the language it appears in. */
export function describedImagesField(
  name: string,
  options: { label?: UploadField['label']; hasMany?: boolean } = {},
): UploadField {
  const base = {
    name,
    label: options.label,
    type: 'upload' as const,
    relationTo: 'media' as const,
    filterOptions: { mimeType: { contains: 'image' } },
    validate: describedInThisLanguage,
  }
  return options.hasMany ? { ...base, hasMany: true } : base
}
