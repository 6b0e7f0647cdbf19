import en from '@/messages/en.json'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'

/** The kinds of official document the ministry publishes. */
export const DOCUMENT_TYPES = [
  'order',
  'statement',
  'agreement',
  'joint-statement',
  'memorandum',
  'protocol',
] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value)
}

/** The admin's labels come from the same messages the public site shows. */
export const documentTypeOptions = DOCUMENT_TYPES.map((type) => ({
  value: type,
  label: { en: en.DocumentType[type], ru: ru.DocumentType[type], kk: kk.DocumentType[type] },
}))
