import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { DocumentListData } from '@/lib/reads/documents'

import { formatDate } from './dates'

/** "Соглашение № 11-1-4/245 от 13 февраля 2026 г.": how a document is cited, in the page's language. */
export async function documentCiter(locale: Locale): Promise<(document: DocumentListData) => string> {
  const [t, types] = await Promise.all([
    getTranslations({ locale, namespace: 'Document' }),
    getTranslations({ locale, namespace: 'DocumentType' }),
  ])
  return (document) =>
    t('citation', {
      type: types(document.documentType),
      hasNumber: document.number ? 'yes' : 'no',
      number: document.number ?? '',
      date: formatDate(document.signedAt, locale),
    })
}
