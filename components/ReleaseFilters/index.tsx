import { getTranslations } from 'next-intl/server'

import { ListFilters, yearChoice } from '@/components/ListFilters'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { paths } from '@/lib/pages/paths'
import type { Topic } from '@/payload-types'

interface Props {
  locale: Locale
  topics: Topic[]
  years: number[]
  topic?: string
  year?: number
}

/** The release list's filters: topic and year. */
export async function ReleaseFilters({ locale, topics, years, topic, year }: Props) {
  const t = await getTranslations({ locale, namespace: 'PressReleases' })
  return (
    <ListFilters
      action={getPathname({ href: paths.pressReleases(), locale })}
      label={t('filters')}
      applyLabel={t('apply')}
      choices={[
        {
          name: 'topic',
          label: t('topic'),
          anyLabel: t('allTopics'),
          options: topics.map((option) => ({ value: option.slug, label: option.name })),
          value: topic,
          wide: true,
        },
        yearChoice(years, year, { label: t('year'), anyLabel: t('allYears') }),
      ]}
    />
  )
}
