import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { fieldError } from '@/collections/shared/fieldError'
import { validationAnswer, type ValidationMessage } from '@/i18n/admin/labels/validation'
import { slugFromTitle } from '@/lib/format/transliterate'

/** What the media library takes: photos the site can show and documents to download. */
export const ACCEPTED_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf']

/**
 * A file name safe on any disk and in any address: the name without its folders, in Latin letters, digits and
 * hyphens (as slugs are), with the extension of what the file really is. "../../Астана 2026.PNG" holding a JPEG
 * becomes "astana-2026.jpg".
 */
export function safeFileName(name: string, extension: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? ''
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base
  return `${slugFromTitle(stem) || 'file'}.${extension}`
}

function refuse(message: ValidationMessage, req: PayloadRequest): never {
  const text = validationAnswer(message, req.i18n?.language)
  throw fieldError('media', 'file', text === true ? message : text, req)
}

/**
 * Payload's own check trusts the name when it cannot tell a file's type from its bytes: an HTML page called
 * "photo.png" would be stored and served. Here the content alone decides, before anything is written: a file whose
 * first bytes are not a JPEG, PNG, WebP, AVIF or PDF (an SVG, HTML, a script, an empty file) is refused, and the name
 * and declared type of an accepted one are made to match what it is.
 */
export const checkFileContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  const onDisk = Boolean(file.tempFilePath) && !file.data?.length
  if (!onDisk && !file.data?.length) refuse('fileEmpty', req)
  const detected =
    onDisk && file.tempFilePath
      ? await fileTypeFromFile(file.tempFilePath)
      : await fileTypeFromBuffer(file.data)
  if (!detected || !ACCEPTED_MIME_TYPES.includes(detected.mime)) refuse('fileTypeRefused', req)
  file.mimetype = detected.mime
  file.name = safeFileName(file.name, detected.ext)
  return args
}
