import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

import { LocaleLinks } from './LocaleLinks.client'

export async function LocaleSwitcher({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'LocaleSwitcher' })
  return (
    <nav aria-label={t('label')}>
      <LocaleLinks />
    </nav>
  )
}
