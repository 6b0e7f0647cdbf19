import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { DocumentListData } from '@/lib/reads/documents'

import { formatCitationDate } from './dates'
import { bareDocumentNumber } from './documentNumber'

/**
 * How a document is cited, in each language's order: «2025 жылғы 20 қарашадағы № 11-1-4/245 бұйрық», «Приказ от
 * 20 ноября 2025 г. № 11-1-4/245», "Order No. 11-1-4/245 of 20 November 2025". The message adds the number sign.
 */
export async function documentCiter(locale: Locale): Promise<(document: DocumentListData) => string> {
  const t = await getTranslations({ locale, namespace: 'Document' })
  return (document) =>
    t('citation', {
      // ICU's select keys are identifiers: «joint-statement» is «joint_statement» in the messages.
      type: document.documentType.replace(/-/g, '_'),
      hasNumber: document.number ? 'yes' : 'no',
      number: document.number ? bareDocumentNumber(document.number) : '',
      date: formatCitationDate(document.signedAt, locale),
    })
}
