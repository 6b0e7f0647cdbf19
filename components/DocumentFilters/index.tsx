import { getTranslations } from 'next-intl/server'

import { DOCUMENT_TYPES, type DocumentType } from '@/collections/Documents/types'
import { ListFilters, yearChoice } from '@/components/ListFilters'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { paths } from '@/lib/pages/paths'

interface Props {
  locale: Locale
  years: number[]
  type?: DocumentType
  year?: number
}

/** The document list's filters: type and year of signing. */
export async function DocumentFilters({ locale, years, type, year }: Props) {
  const [t, types] = await Promise.all([
    getTranslations({ locale, namespace: 'Documents' }),
    getTranslations({ locale, namespace: 'DocumentType' }),
  ])
  return (
    <ListFilters
      action={getPathname({ href: paths.documents(), locale })}
      label={t('filters')}
      applyLabel={t('apply')}
      choices={[
        {
          name: 'type',
          label: t('type'),
          anyLabel: t('allTypes'),
          options: DOCUMENT_TYPES.map((option) => ({ value: option, label: types(option) })),
          value: type,
          wide: true,
        },
        yearChoice(years, year, { label: t('year'), anyLabel: t('allYears') }),
      ]}
    />
  )
}
