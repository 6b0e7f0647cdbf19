import type { Locale } from '@/i18n/locales'

/** A document's number without the sign an editor may have typed before it: «№ 11-1-4/245» → «11-1-4/245». */
export function bareDocumentNumber(number: string): string {
  return number.replace(/^\s*(№|No\.?)\s*/i, '')
}

/** «№ 11-1-4/245» in Kazakh and Russian, "No. 11-1-4/245" in English, the sign never parted from the number. */
export function formatDocumentNumber(number: string, locale: Locale): string {
  return `${locale === 'en' ? 'No.' : '№'}\u00a0${bareDocumentNumber(number)}`
}
