import { getTranslations } from 'next-intl/server'

import { isLocale, type Locale } from '@/i18n/locales'
import type { Document, Event, PressRelease } from '@/payload-types'

type Translated = Pick<PressRelease | Event | Document, 'sourceLanguage' | 'translations'>

/**
 * Above a translation an editor marked for it while its source is ahead of it: the site says nothing of outdated
 * translations unless an editor chooses so (docs/newsroom.md#translating).
 */
export async function TranslationNotice({ locale, doc }: { locale: Locale; doc: Translated }) {
  const source = doc.sourceLanguage
  if (!isLocale(source) || source === locale || !doc.translations?.[locale]?.notice) return null
  const t = await getTranslations({ locale, namespace: 'Publication' })
  return (
    <p role="note" className="mb-8 border-l-8 border-amber-600 bg-amber-50 p-4 text-slate-900">
      {t('translationOutdated', { source })}
    </p>
  )
}
